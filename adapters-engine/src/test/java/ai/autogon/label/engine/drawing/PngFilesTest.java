package ai.autogon.label.engine.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.StorageException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngFilesTest {
  @TempDir Path directory;

  @Test
  void writesPngIntoNewDirectory() throws IOException {
    // given
    BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB);
    image.setRGB(1, 2, 0x123456);
    Path file = directory.resolve("out/picture.png");

    // when
    PngFiles.write(image, file);

    // then
    BufferedImage read = ImageIO.read(file.toFile());
    assertThat(read.getWidth()).isEqualTo(4);
    assertThat(read.getRGB(1, 2) & 0xFFFFFF).isEqualTo(0x123456);
    try (Stream<Path> files = Files.list(file.getParent())) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void rejectsExistingFile() throws IOException {
    // given
    Path file = directory.resolve("picture.png");
    Files.writeString(file, "keep me");

    // then
    assertThatThrownBy(() -> PngFiles.write(new BufferedImage(4, 3, BufferedImage.TYPE_INT_RGB), file))
        .isInstanceOf(StorageException.class)
        .hasMessage("cannot write " + file.toAbsolutePath() + ": the file already exists; choose another directory");
    assertThat(file).hasContent("keep me");
  }
}
