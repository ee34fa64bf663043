package ai.autogon.label.storage.imports;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Writes the small dataset files the importer tests read. */
final class Fixtures {
  private Fixtures() {}

  /** Writes a PNG image of the given size. */
  static Path image(Path file, int width, int height) {
    try {
      Files.createDirectories(file.getParent());
      BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
      if (!ImageIO.write(image, "png", file.toFile())) {
        throw new IllegalStateException("no PNG writer");
      }
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes a text file, creating its directory. */
  static Path text(Path file, String content) {
    try {
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
