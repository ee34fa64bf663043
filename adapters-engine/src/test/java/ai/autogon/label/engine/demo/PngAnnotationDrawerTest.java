package ai.autogon.label.engine.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.engine.drawing.DetectionPainter;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngAnnotationDrawerTest {
  private static final int SIZE = 96;
  private static final ImageReference IMAGE = ImageReference.of(Path.of("grey.png"));

  @TempDir Path directory;

  @Test
  void boxColourFollowsClassOrder() throws IOException {
    // given
    PngAnnotationDrawer drawer = new PngAnnotationDrawer(new GreyImages());
    List<String> classNames = List.of("circle", "square", "triangle");
    Annotation square = new Annotation("square", 0.9, new BoundingBox(20, 40, 50, 30));
    Path output = directory.resolve("drawn.png");

    // when
    drawer.drawAnnotations(IMAGE, List.of(square), classNames, output);

    // then: the left edge of the box has the colour of the second class in this order
    BufferedImage drawn = ImageIO.read(output.toFile());
    int expected = DetectionPainter.forClasses(classNames).colourOf("square").getRGB();
    assertThat(drawn.getRGB(20, 55)).isEqualTo(expected);
    assertThat(expected).isNotEqualTo(DetectionPainter.forClasses(List.of("square")).colourOf("square").getRGB());
  }

  /** Serves one mid-grey image of {@value #SIZE} pixels square for every reference. */
  private static final class GreyImages implements ReadImagePort {
    @Override
    public RgbImage read(ImageReference image) {
      byte[] pixels = new byte[SIZE * SIZE * 3];
      Arrays.fill(pixels, (byte) 128);
      return new RgbImage(SIZE, SIZE, pixels);
    }

    @Override
    public ImageSize readSize(ImageReference image) {
      return new ImageSize(SIZE, SIZE);
    }
  }
}
