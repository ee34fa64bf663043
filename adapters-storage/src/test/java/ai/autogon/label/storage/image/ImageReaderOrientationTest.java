package ai.autogon.label.storage.image;

import static ai.autogon.label.storage.image.PixelAssertions.assertPixel;
import static ai.autogon.label.storage.image.TestImages.BLUE;
import static ai.autogon.label.storage.image.TestImages.GREEN;
import static ai.autogon.label.storage.image.TestImages.RED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Checks that every EXIF orientation is turned upright. The stored 64x32 image has a red block in its top-left
 * corner and a green block in its top-right corner. The table gives the corners where a viewer shows them.
 */
class ImageReaderOrientationTest {
  private static final int LOSSY = 12;

  @TempDir Path dir;

  private final ImageReader reader = ImageReader.create();

  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({
      "1, 64, 32, TOP_LEFT, TOP_RIGHT",
      "2, 64, 32, TOP_RIGHT, TOP_LEFT",
      "3, 64, 32, BOTTOM_RIGHT, BOTTOM_LEFT",
      "4, 64, 32, BOTTOM_LEFT, BOTTOM_RIGHT",
      "5, 32, 64, TOP_LEFT, BOTTOM_LEFT",
      "6, 32, 64, TOP_RIGHT, BOTTOM_RIGHT",
      "7, 32, 64, BOTTOM_RIGHT, TOP_RIGHT",
      "8, 32, 64, BOTTOM_LEFT, TOP_LEFT"})
  void turnsJpegUpright(int orientation, int width, int height, Corner red, Corner green) throws IOException {
    // given
    byte[] jpeg = TestImages.withExifOrientation(
        TestImages.jpeg(TestImages.orientationMarkers(), false), orientation, ByteOrder.BIG_ENDIAN);
    Path file = Files.write(dir.resolve("rotated-" + orientation + ".jpg"), jpeg);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(width);
    assertThat(image.height()).isEqualTo(height);
    assertPixel(image, red.x(width), red.y(height), RED, LOSSY);
    assertPixel(image, green.x(width), green.y(height), GREEN, LOSSY);
    assertPixel(image, width / 2, height / 2, BLUE, LOSSY);
  }

  @ParameterizedTest(name = "orientation {0}")
  @CsvSource({"1, 64, 32", "3, 64, 32", "6, 32, 64", "8, 32, 64"})
  void readsUprightSizeOfJpeg(int orientation, int width, int height) throws IOException {
    // given
    byte[] jpeg = TestImages.withExifOrientation(
        TestImages.jpeg(TestImages.orientationMarkers(), false), orientation, ByteOrder.LITTLE_ENDIAN);
    Path file = Files.write(dir.resolve("size-" + orientation + ".jpg"), jpeg);

    // when
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(width, height));
  }

  @Test
  void readsLittleEndianExif() throws IOException {
    // given
    byte[] jpeg = TestImages.withExifOrientation(
        TestImages.jpeg(TestImages.orientationMarkers(), false), 3, ByteOrder.LITTLE_ENDIAN);
    Path file = Files.write(dir.resolve("intel.jpg"), jpeg);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, Corner.BOTTOM_RIGHT.x(64), Corner.BOTTOM_RIGHT.y(32), RED, LOSSY);
  }

  @Test
  void turnsTiffUpright() throws IOException {
    // given
    Path file = Files.write(dir.resolve("rotated.tif"), TestImages.tiffWithOrientation(TestImages.orientationMarkers(), 6));

    // when
    RgbImage image = reader.read(ImageReference.of(file));
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(32, 64));
    assertThat(image.width()).isEqualTo(32);
    assertThat(image.height()).isEqualTo(64);
    assertPixel(image, Corner.TOP_RIGHT.x(32), Corner.TOP_RIGHT.y(64), RED, 0);
    assertPixel(image, Corner.BOTTOM_RIGHT.x(32), Corner.BOTTOM_RIGHT.y(64), GREEN, 0);
  }

  @Test
  void turnsPngWithExifChunkUpright() throws IOException {
    // given
    byte[] png = TestImages.withPngExifOrientation(TestImages.encode(TestImages.orientationMarkers(), "png"), 8);
    Path file = Files.write(dir.resolve("rotated.png"), png);

    // when
    RgbImage image = reader.read(ImageReference.of(file));
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(32, 64));
    assertPixel(image, Corner.BOTTOM_LEFT.x(32), Corner.BOTTOM_LEFT.y(64), RED, 0);
    assertPixel(image, Corner.TOP_LEFT.x(32), Corner.TOP_LEFT.y(64), GREEN, 0);
  }

  @Test
  void turnsWebpWithExifChunkUpright() throws IOException {
    // given the 8x4 picture with a red left half and a blue right half, stored with orientation 6
    Path file = Files.write(dir.resolve("rotated.webp"), TestImages.WEBP_LOSSLESS_HALVES_ORIENTATION_6);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then the left half turned clockwise becomes the top half
    assertThat(image.width()).isEqualTo(4);
    assertThat(image.height()).isEqualTo(8);
    assertPixel(image, 2, 1, RED, 0);
    assertPixel(image, 2, 6, BLUE, 0);
  }

  @Test
  void ignoresBrokenExifBlock() throws IOException {
    // given a TIFF header whose first directory offset points far past the end of the block
    byte[] brokenTiff = {'I', 'I', 42, 0, 0, 0, 0, 0x7F, 1, 2, 3, 4};
    byte[] jpeg = TestImages.withExifPayload(TestImages.jpeg(TestImages.orientationMarkers(), false), brokenTiff);
    Path file = Files.write(dir.resolve("broken-exif.jpg"), jpeg);

    // when
    RgbImage image = reader.read(ImageReference.of(file));
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then the image reads as stored
    assertThat(size).isEqualTo(new ImageSize(64, 32));
    assertPixel(image, Corner.TOP_LEFT.x(64), Corner.TOP_LEFT.y(32), RED, LOSSY);
  }

  @Test
  void ignoresExifGarbage() throws IOException {
    // given
    byte[] garbage = "not a TIFF structure at all".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    byte[] jpeg = TestImages.withExifPayload(TestImages.jpeg(TestImages.orientationMarkers(), false), garbage);
    Path file = Files.write(dir.resolve("garbage-exif.jpg"), jpeg);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(64);
    assertPixel(image, Corner.TOP_RIGHT.x(64), Corner.TOP_RIGHT.y(32), GREEN, LOSSY);
  }

  @Test
  void ignoresOrientationOutOfRange() throws IOException {
    // given
    byte[] jpeg = TestImages.withExifOrientation(
        TestImages.jpeg(TestImages.orientationMarkers(), false), 9, ByteOrder.BIG_ENDIAN);
    Path file = Files.write(dir.resolve("orientation-9.jpg"), jpeg);

    // when
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(64, 32));
  }

  /** Centre of a 16x16 corner block in an upright image. */
  enum Corner {
    TOP_LEFT(false, false),
    TOP_RIGHT(true, false),
    BOTTOM_LEFT(false, true),
    BOTTOM_RIGHT(true, true);

    private final boolean right;
    private final boolean bottom;

    Corner(boolean right, boolean bottom) {
      this.right = right;
      this.bottom = bottom;
    }

    int x(int width) {
      return right ? width - 8 : 8;
    }

    int y(int height) {
      return bottom ? height - 8 : 8;
    }
  }
}
