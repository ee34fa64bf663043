package ai.autogon.label.storage.image;

import static ai.autogon.label.storage.image.PixelAssertions.assertPixel;
import static ai.autogon.label.storage.image.TestImages.BLUE;
import static ai.autogon.label.storage.image.TestImages.RED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ImageReaderFileTest {
  @TempDir Path dir;

  private final ImageReader reader = ImageReader.create();

  @ParameterizedTest
  @ValueSource(strings = {"PHOTO.JPG", "photo", "really-a-jpeg.png", "my holiday photo.jpg", "фото 日本.jpeg"})
  void readsFormatFromContentWhateverTheName(String name) throws IOException {
    // given
    Path file = Files.write(dir.resolve(name), TestImages.jpeg(TestImages.halves(16, 8, RED, BLUE), false));

    // when
    RgbImage image = reader.read(ImageReference.of(file));

    // then
    assertThat(image.width()).isEqualTo(16);
    assertPixel(image, 2, 4, RED, 12);
    assertPixel(image, 13, 4, BLUE, 12);
  }

  @Test
  void readsFileGivenAsEncodedUri() throws IOException {
    // given a file URI as a client would send it, with the space and non-ASCII letters percent-encoded
    Path file = Files.write(dir.resolve("café photo.png"), TestImages.encode(TestImages.solid(5, 3, RED), "png"));
    ImageReference reference = ImageReference.parse(file.toUri().toASCIIString());

    // when
    ImageSize size = reader.readSize(reference);

    // then
    assertThat(reference.toString()).contains("caf%C3%A9%20photo.png");
    assertThat(size).isEqualTo(new ImageSize(5, 3));
  }

  @Test
  void rejectsMissingFile() {
    // given
    Path missing = dir.resolve("missing.jpg");

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(missing)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("image file not found: " + missing)
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
  }

  @Test
  void rejectsDirectory() {
    // when / then
    assertThatThrownBy(() -> reader.readSize(ImageReference.of(dir)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(dir + " is a directory, not an image file")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREACHABLE);
  }

  @Test
  void rejectsEmptyFile() throws IOException {
    // given
    Path file = Files.write(dir.resolve("empty.jpg"), new byte[0]);

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(file + " is empty, not an image")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsBytesThatAreNoImage() throws IOException {
    // given
    Path file = Files.write(dir.resolve("notes.jpg"), "just some text".getBytes(StandardCharsets.UTF_8));

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(file + " is not an image in a supported format (JPEG, PNG, BMP, GIF, WebP or TIFF)")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsFormatOutsideSupportedList() throws IOException {
    // given a WBMP, which the JDK can decode but the reader does not offer
    BufferedImage bilevel = new BufferedImage(8, 8, BufferedImage.TYPE_BYTE_BINARY);
    Path file = Files.write(dir.resolve("icon.wbmp"), TestImages.encode(bilevel, "wbmp"));

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(file + " is not an image in a supported format (JPEG, PNG, BMP, GIF, WebP or TIFF)")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsTruncatedJpeg() throws IOException {
    // given
    byte[] jpeg = TestImages.jpeg(TestImages.halves(64, 64, RED, BLUE), false);
    Path file = Files.write(dir.resolve("truncated.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessageStartingWith(file + " could not be decoded, the file may be truncated or corrupt: ")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsTruncatedPng() throws IOException {
    // given
    byte[] png = TestImages.encode(TestImages.halves(64, 64, RED, BLUE), "png");
    Path file = Files.write(dir.resolve("truncated.png"), Arrays.copyOf(png, png.length - 30));

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessageStartingWith(file + " could not be decoded, the file may be truncated or corrupt: ")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsCorruptPngData() throws IOException {
    // given a valid signature and header followed by scrambled chunks
    byte[] png = TestImages.encode(TestImages.halves(64, 64, RED, BLUE), "png");
    for (int i = 40; i < png.length; i++) {
      png[i] = (byte) (png[i] ^ 0x5A);
    }
    Path file = Files.write(dir.resolve("corrupt.png"), png);

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessageStartingWith(file + " could not be decoded, the file may be truncated or corrupt: ")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_UNREADABLE);
  }

  @Test
  void rejectsPixelBombBeforeDecoding() throws IOException {
    // given a PNG whose header claims 100000x100000 pixels but contains almost no data
    Path file = Files.write(dir.resolve("bomb.png"), TestImages.pngHeaderClaiming(100_000, 100_000));

    // when / then
    assertThatThrownBy(() -> reader.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage(file + " is 100000x100000 pixels (10000000000), more than the limit of 100000000 pixels."
            + " This guard against decompression bombs is checked before decoding, so resize the image or raise"
            + " the pixel limit.")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
  }

  @Test
  void readsSizeOfPixelBombWithoutDecoding() throws IOException {
    // given
    Path file = Files.write(dir.resolve("bomb.png"), TestImages.pngHeaderClaiming(100_000, 100_000));

    // when
    ImageSize size = reader.readSize(ImageReference.of(file));

    // then
    assertThat(size).isEqualTo(new ImageSize(100_000, 100_000));
  }

  @Test
  void appliesConfiguredPixelLimit() throws IOException {
    // given
    ImageReader small = new ImageReader(ImageReaderConfig.builder().maxPixels(1000).build());
    Path file = Files.write(dir.resolve("medium.png"), TestImages.encode(TestImages.solid(40, 30, RED), "png"));

    // when / then
    assertThatThrownBy(() -> small.read(ImageReference.of(file)))
        .isInstanceOf(ImageReadException.class)
        .hasMessageStartingWith(file + " is 40x30 pixels (1200), more than the limit of 1000 pixels.")
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_TOO_LARGE);
  }

  @Test
  void keepsReadingAfterFailures() throws IOException {
    // given
    Path bad = Files.write(dir.resolve("bad.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0});
    Path good = Files.write(dir.resolve("good.png"), TestImages.encode(TestImages.solid(3, 2, RED), "png"));

    // when
    Throwable failure = org.assertj.core.api.Assertions.catchThrowable(() -> reader.read(ImageReference.of(bad)));
    RgbImage image = reader.read(ImageReference.of(good));

    // then
    assertThat(failure).isInstanceOf(ImageReadException.class);
    assertPixel(image, 1, 1, RED, 0);
  }

  @Test
  void checksFileWithPolicyBeforeOpening() throws IOException {
    // given
    Path file = Files.write(dir.resolve("allowed.png"), TestImages.encode(TestImages.solid(3, 2, RED), "png"));
    RecordingPolicy policy = RecordingPolicy.allowing();
    ImageReader guarded = new ImageReader(ImageReaderConfig.builder().policy(policy).build());

    // when
    guarded.readSize(ImageReference.of(file));

    // then
    assertThat(policy.checks()).containsExactly("file " + file.toRealPath());
  }

  @Test
  void stopsAtRejectingPolicyEvenForMissingFile() {
    // given
    Path missing = dir.resolve("secret.png");
    RecordingPolicy policy = RecordingPolicy.rejecting("file");
    ImageReader guarded = new ImageReader(ImageReaderConfig.builder().policy(policy).build());

    // when / then
    assertThatThrownBy(() -> guarded.read(ImageReference.of(missing)))
        .isInstanceOf(ImageReadException.class)
        .hasMessage("policy rejected file " + missing)
        .extracting(e -> ((ImageReadException) e).reason()).isEqualTo(Reason.IMAGE_FORBIDDEN);
  }

  @Test
  void givesPolicyTheTargetOfSymbolicLink() throws IOException {
    // given
    Path target = Files.write(dir.resolve("target.png"), TestImages.encode(TestImages.solid(3, 2, RED), "png"));
    Path link = Files.createSymbolicLink(dir.resolve("link.png"), target);
    RecordingPolicy policy = RecordingPolicy.allowing();
    ImageReader guarded = new ImageReader(ImageReaderConfig.builder().policy(policy).build());

    // when
    guarded.readSize(ImageReference.of(link));

    // then
    assertThat(policy.checks()).containsExactly("file " + target.toRealPath());
  }
}
