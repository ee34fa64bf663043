package ai.autogon.label.engine.report;

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
import java.util.List;
import java.util.Locale;

/**
 * Draws validation samples side by side with true boxes in green and predicted boxes in red, under a legend.
 *
 * <p>Each image is scaled to fit a square tile, so small and large images are equally readable. A true box is tagged
 * with its class name above its top edge, a predicted box with its label and confidence below its bottom edge, so
 * tags of a box found exactly do not cover each other.
 */
final class SamplesPicture {
  static final Color TRUE_COLOUR = new Color(0, 200, 0);
  static final Color PREDICTED_COLOUR = new Color(230, 20, 20);

  private static final int TILE = 420;
  private static final int MAX_COLUMNS = 4;
  private static final int MARGIN = 16;
  private static final int CAPTION_HEIGHT = 24;
  private static final int LEGEND_HEIGHT = 48;
  private static final Font TITLE_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 20);
  private static final Font TEXT_FONT = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font TAG_FONT = new Font(Font.SANS_SERIF, Font.BOLD, 12);

  private SamplesPicture() {}

  /** Returns one picture of all given samples, in rows of up to four; the list must not be empty. */
  static BufferedImage draw(List<ValidationSample> samples, List<String> classNames) {
    int columns = Math.min(MAX_COLUMNS, (int) Math.ceil(Math.sqrt(samples.size())));
    int rows = (samples.size() + columns - 1) / columns;
    int cellHeight = CAPTION_HEIGHT + TILE + MARGIN;
    int width = MARGIN + columns * (TILE + MARGIN);
    int height = LEGEND_HEIGHT + MARGIN + rows * cellHeight;

    BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = picture.createGraphics();
    try {
      graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
      graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      drawLegend(graphics);
      for (int i = 0; i < samples.size(); i++) {
        int left = MARGIN + (i % columns) * (TILE + MARGIN);
        int top = LEGEND_HEIGHT + MARGIN + (i / columns) * cellHeight;
        drawSample(graphics, samples.get(i), classNames, left, top);
      }
    } finally {
      graphics.dispose();
    }
    return picture;
  }

  private static void drawLegend(Graphics2D graphics) {
    graphics.setColor(Color.BLACK);
    graphics.setFont(TITLE_FONT);
    int baseline = 32;
    graphics.drawString("Validation samples", MARGIN, baseline);
    int x = MARGIN + graphics.getFontMetrics().stringWidth("Validation samples") + 40;

    graphics.setFont(TEXT_FONT);
    x = drawLegendEntry(graphics, x, baseline, TRUE_COLOUR, "true box (class)");
    drawLegendEntry(graphics, x + 30, baseline, PREDICTED_COLOUR, "predicted box (class confidence)");
  }

  private static int drawLegendEntry(Graphics2D graphics, int x, int baseline, Color colour, String text) {
    graphics.setColor(colour);
    graphics.setStroke(new BasicStroke(3f));
    graphics.drawRect(x, baseline - 14, 28, 16);
    graphics.setColor(Color.BLACK);
    graphics.drawString(text, x + 38, baseline);
    return x + 38 + graphics.getFontMetrics().stringWidth(text);
  }

  private static void drawSample(
      Graphics2D graphics, ValidationSample sample, List<String> classNames, int left, int top) {
    graphics.setColor(Color.BLACK);
    graphics.setFont(TEXT_FONT);
    graphics.drawString(fitted(graphics, sample.name()), left, top + CAPTION_HEIGHT - 6);

    BufferedImage image = sample.image();
    double scale = (double) TILE / Math.max(image.getWidth(), image.getHeight());
    int imageTop = top + CAPTION_HEIGHT;
    int scaledWidth = (int) Math.round(image.getWidth() * scale);
    int scaledHeight = (int) Math.round(image.getHeight() * scale);
    graphics.drawImage(image, left, imageTop, scaledWidth, scaledHeight, null);
    graphics.setColor(Color.LIGHT_GRAY);
    graphics.setStroke(new BasicStroke(1f));
    graphics.drawRect(left, imageTop, scaledWidth, scaledHeight);

    Graphics2D tile = (Graphics2D) graphics.create(left, imageTop, scaledWidth, scaledHeight);
    try {
      tile.setFont(TAG_FONT);
      tile.setStroke(new BasicStroke(2.5f));
      for (LabelledBox truth : sample.groundTruth()) {
        String label = truth.classIndex() < classNames.size()
            ? classNames.get(truth.classIndex())
            : "class " + truth.classIndex();
        drawBox(tile, scaled(truth.box(), scale), label, TRUE_COLOUR, true);
      }
      for (Annotation prediction : sample.predictions()) {
        String label = prediction.label() + " " + String.format(Locale.ROOT, "%.2f", prediction.confidence());
        drawBox(tile, scaled(prediction.box(), scale), label, PREDICTED_COLOUR, false);
      }
    } finally {
      tile.dispose();
    }
  }

  private static Rectangle2D scaled(BoundingBox box, double scale) {
    return new Rectangle2D.Double(box.x() * scale, box.y() * scale, box.width() * scale, box.height() * scale);
  }

  private static void drawBox(Graphics2D graphics, Rectangle2D box, String text, Color colour, boolean tagAbove) {
    graphics.setColor(colour);
    graphics.draw(box);

    FontMetrics metrics = graphics.getFontMetrics();
    int tagWidth = metrics.stringWidth(text) + 4;
    int tagHeight = metrics.getAscent() + metrics.getDescent();
    int tileWidth = graphics.getClipBounds().width;
    int tileHeight = graphics.getClipBounds().height;
    int x = (int) Math.round(Math.max(0, Math.min(box.getX(), tileWidth - tagWidth)));
    double wanted = tagAbove ? box.getY() - tagHeight : box.getMaxY();
    int y = (int) Math.round(Math.max(0, Math.min(wanted, tileHeight - tagHeight)));
    graphics.fillRect(x, y, tagWidth, tagHeight);
    graphics.setColor(tagAbove ? Color.BLACK : Color.WHITE);
    graphics.drawString(text, x + 2, y + metrics.getAscent());
  }

  private static String fitted(Graphics2D graphics, String caption) {
    FontMetrics metrics = graphics.getFontMetrics();
    if (metrics.stringWidth(caption) <= TILE) {
      return caption;
    }
    String shortened = caption;
    while (!shortened.isEmpty() && metrics.stringWidth("..." + shortened) > TILE) {
      shortened = shortened.substring(1);
    }
    return "..." + shortened;
  }
}
