package ai.autogon.label.storage.image;

import static ai.autogon.label.storage.image.PixelAssertions.assertPixel;
import static ai.autogon.label.storage.image.TestImages.BLUE;
import static ai.autogon.label.storage.image.TestImages.GREEN;
import static ai.autogon.label.storage.image.TestImages.RED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import java.awt.Color;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.IndexColorModel;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageReaderFormatsTest {
  private static final Color WHITE = new Color(255, 255, 255);
  private static final int LOSSY = 12;

  @TempDir Path dir;

  private final ImageReader reader = ImageReader.create();

  @Test
  void readsBaselineJpeg() throws IOException {
    // given
    Path file = write("baseline.jpg", TestImages.jpeg(TestImages.halves(32, 16, RED, BLUE), false));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(32);
    assertThat(image.height()).isEqualTo(16);
    assertPixel(image, 4, 8, RED, LOSSY);
    assertPixel(image, 28, 8, BLUE, LOSSY);
  }

  @Test
  void readsProgressiveJpeg() throws IOException {
    // given
    byte[] jpeg = TestImages.jpeg(TestImages.halves(32, 16, GREEN, RED), true);
    assertThat(TestImages.isProgressive(jpeg)).as("writer produced a progressive JPEG").isTrue();
    Path file = write("progressive.jpg", jpeg);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(32);
    assertPixel(image, 4, 8, GREEN, LOSSY);
    assertPixel(image, 28, 8, RED, LOSSY);
  }

  @Test
  void readsGrayscaleJpegAsEqualChannels() throws IOException {
    // given
    BufferedImage gray = TestImages.filled(new BufferedImage(16, 16, BufferedImage.TYPE_BYTE_GRAY), new Color(128, 128, 128));
    Path file = write("gray.jpg", TestImages.jpeg(gray, false));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 8, 8, new Color(128, 128, 128), 3);
  }

  @Test
  void readsCmykJpegWithAdobeMarkerInTrueColours() throws IOException {
    // given columns of magenta+yellow, cyan, no ink and full black (C, M, Y, K)
    int[][] inks = {{0, 255, 255, 0}, {255, 0, 0, 0}, {0, 0, 0, 0}, {0, 0, 0, 255}};
    Path file = write("cmyk.jpg", TestImages.cmykJpeg(64, 16, inks));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then red, cyan, white and black; a reader that ignored CMYK would show other colours
    assertThat(image.width()).isEqualTo(64);
    assertPixel(image, 8, 8, RED, 40);
    assertPixel(image, 24, 8, new Color(0, 255, 255), 40);
    assertPixel(image, 40, 8, WHITE, 20);
    assertPixel(image, 56, 8, Color.BLACK, 40);
  }

  @Test
  void readsSixteenBitRgbPng() throws IOException {
    // given
    ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
        Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
    WritableRaster raster = model.createCompatibleWritableRaster(8, 4);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 8; x++) {
        raster.setPixel(x, y, x < 4 ? new int[] {65535, 0, 0} : new int[] {0, 0, 65535});
      }
    }
    Path file = write("deep.png", TestImages.encode(new BufferedImage(model, raster, false, null), "png"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 1, 1, RED, 0);
    assertPixel(image, 6, 1, BLUE, 0);
  }

  @Test
  void readsSixteenBitGrayPng() throws IOException {
    // given
    BufferedImage gray = new BufferedImage(8, 4, BufferedImage.TYPE_USHORT_GRAY);
    WritableRaster raster = gray.getRaster();
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 8; x++) {
        raster.setSample(x, y, 0, x < 4 ? 0 : 65535);
      }
    }
    Path file = write("deep-gray.png", TestImages.encode(gray, "png"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 1, 1, Color.BLACK, 0);
    assertPixel(image, 6, 1, WHITE, 0);
  }

  @Test
  void readsPalettePng() throws IOException {
    // given
    byte[] reds = {(byte) 10, (byte) 250};
    byte[] greens = {(byte) 200, (byte) 120};
    byte[] blues = {(byte) 30, (byte) 5};
    BufferedImage indexed = new BufferedImage(8, 4, BufferedImage.TYPE_BYTE_BINARY,
        new IndexColorModel(1, 2, reds, greens, blues));
    for (int y = 0; y < 4; y++) {
      for (int x = 4; x < 8; x++) {
        indexed.getRaster().setSample(x, y, 0, 1);
      }
    }
    Path file = write("palette.png", TestImages.encode(indexed, "png"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 1, 1, new Color(10, 200, 30), 0);
    assertPixel(image, 6, 1, new Color(250, 120, 5), 0);
  }

  @Test
  void compositesPngAlphaOnWhite() throws IOException {
    // given transparent, opaque red and half-transparent black columns
    BufferedImage argb = new BufferedImage(12, 4, BufferedImage.TYPE_INT_ARGB);
    for (int y = 0; y < 4; y++) {
      for (int x = 0; x < 12; x++) {
        if (x < 4) {
          argb.setRGB(x, y, 0x00000000);
        } else if (x < 8) {
          argb.setRGB(x, y, 0xFFFF0000);
        } else {
          argb.setRGB(x, y, 0x80000000);
        }
      }
    }
    Path file = write("alpha.png", TestImages.encode(argb, "png"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 1, 1, WHITE, 0);
    assertPixel(image, 5, 1, RED, 0);
    assertPixel(image, 10, 1, new Color(127, 127, 127), 1);
  }

  @Test
  void readsBmp() throws IOException {
    // given
    Path file = write("picture.bmp", TestImages.encode(TestImages.halves(10, 6, RED, GREEN), "bmp"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(10);
    assertThat(image.height()).isEqualTo(6);
    assertPixel(image, 1, 1, RED, 0);
    assertPixel(image, 8, 4, GREEN, 0);
  }

  @Test
  void readsFirstFrameOfAnimatedGif() throws IOException {
    // given
    byte[] gif = TestImages.twoFrameGif(TestImages.halves(8, 4, RED, BLUE), TestImages.solid(8, 4, GREEN));
    Path file = write("animated.gif", gif);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertPixel(image, 1, 1, RED, 0);
    assertPixel(image, 6, 2, BLUE, 0);
  }

  @Test
  void readsTiff() throws IOException {
    // given
    Path file = write("scan.tif", TestImages.encode(TestImages.halves(10, 6, BLUE, RED), "tiff"));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(10);
    assertPixel(image, 1, 1, BLUE, 0);
    assertPixel(image, 8, 4, RED, 0);
  }

  @Test
  void readsLosslessWebp() throws IOException {
    // given
    Path file = write("lossless.webp", TestImages.WEBP_LOSSLESS_HALVES);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(8);
    assertThat(image.height()).isEqualTo(4);
    assertPixel(image, 1, 1, RED, 0);
    assertPixel(image, 6, 2, BLUE, 0);
  }

  @Test
  void readsLossyWebp() throws IOException {
    // given
    Path file = write("lossy.webp", TestImages.WEBP_LOSSY_HALVES);

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(8);
    assertPixel(image, 0, 1, RED, 40);
    assertPixel(image, 7, 2, BLUE, 40);
  }

  @Test
  void readsSizeFromHeader() throws IOException {
    // given
    Path file = write("wide.png", TestImages.encode(TestImages.solid(40, 10, RED), "png"));

    // when
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(40, 10));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }
}
