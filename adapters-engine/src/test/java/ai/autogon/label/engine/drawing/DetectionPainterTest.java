package ai.autogon.label.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.project.LabelledBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class DetectionPainterTest {
  private static final Color GREY = new Color(128, 128, 128);
  private static final List<String> CLASSES = List.of("circle", "square", "triangle", "star");

  private final DetectionPainter painter = DetectionPainter.forClasses(CLASSES);

  @Test
  void drawsBoxInClassColour() {
    // given
    BufferedImage image = filled(200, 160, GREY);
    Annotation square = new Annotation("square", 0.87, new BoundingBox(40, 60, 80, 50));

    // when
    BufferedImage drawn = painter.drawAnnotations(image, List.of(square));

    // then: the box edges are in the class colour, its inside and the source image are untouched
    int colour = painter.colourOf("square").getRGB();
    assertThat(drawn.getRGB(40, 85)).isEqualTo(colour);
    assertThat(drawn.getRGB(120, 85)).isEqualTo(colour);
    assertThat(drawn.getRGB(80, 110)).isEqualTo(colour);
    assertThat(drawn.getRGB(80, 85)).isEqualTo(GREY.getRGB());
    assertThat(image.getRGB(40, 85)).isEqualTo(GREY.getRGB());
  }

  @Test
  void drawsTagWithTextAboveBox() {
    // given
    BufferedImage image = filled(200, 160, GREY);
    Annotation square = new Annotation("square", 0.87, new BoundingBox(40, 60, 80, 50));

    // when
    BufferedImage drawn = painter.drawAnnotations(image, List.of(square));

    // then: the band above the box is the tag, filled with the class colour with text of another colour on it
    int colour = painter.colourOf("square").getRGB();
    int tagPixels = 0;
    int textPixels = 0;
    for (int y = 45; y < 58; y++) {
      for (int x = 41; x < 80; x++) {
        int rgb = drawn.getRGB(x, y);
        if (rgb == colour) {
          tagPixels++;
        } else if (rgb != GREY.getRGB()) {
          textPixels++;
        }
      }
    }
    assertThat(tagPixels).isGreaterThan(100);
    assertThat(textPixels).isGreaterThan(20);
  }

  @Test
  void putsTagInsideBoxAtTopEdge() {
    // given: a box touching the top of the image
    BufferedImage image = filled(200, 160, GREY);
    Annotation circle = new Annotation("circle", 0.5, new BoundingBox(10, 0, 100, 60));

    // when
    BufferedImage drawn = painter.drawAnnotations(image, List.of(circle));

    // then
    assertThat(drawn.getRGB(12, 5)).isNotEqualTo(GREY.getRGB());
  }

  @Test
  void givesEachClassItsOwnColour() {
    // when
    List<Color> colours = CLASSES.stream().map(painter::colourOf).toList();

    // then: every pair differs by more than 100 in RGB distance
    for (int i = 0; i < colours.size(); i++) {
      for (int j = i + 1; j < colours.size(); j++) {
        assertThat(distance(colours.get(i), colours.get(j))).as("%s and %s", CLASSES.get(i), CLASSES.get(j)).isGreaterThan(100);
      }
    }
  }

  @Test
  void colourOfUnknownLabelIsStable() {
    assertThat(painter.colourOf("bicycle")).isEqualTo(painter.colourOf("bicycle"));
  }

  @Test
  void drawsGroundTruthBoxes() {
    // given
    BufferedImage image = filled(200, 160, GREY);
    LabelledBox triangle = new LabelledBox(2, new BoundingBox(30, 40, 60, 60));

    // when
    BufferedImage drawn = painter.drawGroundTruth(image, List.of(triangle));

    // then
    assertThat(drawn.getRGB(30, 70)).isEqualTo(painter.colourOf("triangle").getRGB());
  }

  private static BufferedImage filled(int width, int height, Color colour) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(colour);
    graphics.fillRect(0, 0, width, height);
    graphics.dispose();
    return image;
  }

  private static double distance(Color a, Color b) {
    int dr = a.getRed() - b.getRed();
    int dg = a.getGreen() - b.getGreen();
    int db = a.getBlue() - b.getBlue();
    return Math.sqrt(dr * dr + dg * dg + db * db);
  }
}
