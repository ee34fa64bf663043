package ai.autogon.label.engine.drawing;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.project.LabelledBox;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Draws labelled boxes onto copies of images, one distinct colour per class, with the label on a filled tag.
 *
 * <p>Instances are immutable and safe to share between threads.
 */
public final class DetectionPainter {
  // Golden-ratio steps around the hue circle keep neighbouring class indices far apart in colour.
  private static final double HUE_STEP = 0.618_033_988_75;

  private final List<String> classNames;

  private DetectionPainter(List<String> classNames) {
    this.classNames = List.copyOf(classNames);
  }

  /** Creates a painter whose colours follow the order of the given class names. */
  public static DetectionPainter forClasses(List<String> classNames) {
    return new DetectionPainter(classNames);
  }

  /** Returns the colour of a class; a label outside the class names gets a colour derived from its text. */
  public Color colourOf(String label) {
    int index = classNames.indexOf(label);
    int colourIndex = index >= 0 ? index : classNames.size() + Math.floorMod(label.hashCode(), 101);
    float hue = (float) ((colourIndex * HUE_STEP) % 1.0);
    return Color.getHSBColor(hue, 0.85f, 0.95f);
  }

  /** Returns a copy of the image with each annotation drawn as a box tagged with its label and confidence. */
  public BufferedImage drawAnnotations(BufferedImage image, List<Annotation> annotations) {
    List<Annotation> lowestFirst = new ArrayList<>(annotations);
    // The most confident boxes are drawn last, so their tags stay readable where boxes overlap.
    lowestFirst.sort(Comparator.comparingDouble(Annotation::confidence));

    List<Tag> tags = new ArrayList<>();
    for (Annotation annotation : lowestFirst) {
      String text = annotation.label() + " " + String.format(Locale.ROOT, "%.2f", annotation.confidence());
      tags.add(new Tag(annotation.box(), text, colourOf(annotation.label())));
    }
    return draw(image, tags);
  }

  /** Returns a copy of the image with each ground-truth box drawn and tagged with its class name. */
  public BufferedImage drawGroundTruth(BufferedImage image, List<LabelledBox> boxes) {
    List<Tag> tags = new ArrayList<>();
    for (LabelledBox box : boxes) {
      String label = box.classIndex() < classNames.size() ? classNames.get(box.classIndex()) : "class " + box.classIndex();
      tags.add(new Tag(box.box(), label, colourOf(label)));
    }
    return draw(image, tags);
  }

  private static BufferedImage draw(BufferedImage source, List<Tag> tags) {
    Objects.requireNonNull(source, "source");
    BufferedImage copy = new BufferedImage(source.getWidth(), source.getHeight(), BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = copy.createGraphics();
    try {
      graphics.drawImage(source, 0, 0, null);
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);

      int shortSide = Math.min(source.getWidth(), source.getHeight());
      float lineWidth = Math.max(2f, shortSide / 250f);
      graphics.setStroke(new BasicStroke(lineWidth));
      graphics.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(11, shortSide / 40)));
      for (Tag tag : tags) {
        drawTag(graphics, tag, source.getWidth(), source.getHeight());
      }
    } finally {
      graphics.dispose();
    }
    return copy;
  }

  private static void drawTag(Graphics2D graphics, Tag tag, int imageWidth, int imageHeight) {
    BoundingBox box = tag.box();
    graphics.setColor(tag.colour());
    graphics.draw(new Rectangle2D.Double(box.x(), box.y(), box.width(), box.height()));

    FontMetrics metrics = graphics.getFontMetrics();
    int padding = 2;
    int tagWidth = metrics.stringWidth(tag.text()) + 2 * padding;
    int tagHeight = metrics.getAscent() + metrics.getDescent() + padding;
    int left = (int) Math.round(Math.max(0, Math.min(box.x(), imageWidth - tagWidth)));
    // Above the box when there is room, else just inside its top edge.
    int top = (int) Math.round(box.y() - tagHeight >= 0 ? box.y() - tagHeight : Math.min(box.y(), imageHeight - tagHeight));
    graphics.fillRect(left, top, tagWidth, tagHeight);

    graphics.setColor(textColourOn(tag.colour()));
    graphics.drawString(tag.text(), left + padding, top + metrics.getAscent());
  }

  private static Color textColourOn(Color background) {
    // Luma weights of ITU-R BT.709 on the 8-bit channel values.
    double luma = 0.2126 * background.getRed() + 0.7152 * background.getGreen() + 0.0722 * background.getBlue();
    return luma > 140 ? Color.BLACK : Color.WHITE;
  }

  private record Tag(BoundingBox box, String text, Color colour) {}
}
