package ai.autogon.label.engine.report;

import ai.autogon.label.domain.error.StorageException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Writes report files through a temporary file and a rename, so readers see the old file or the whole new one. */
final class AtomicFiles {
  private AtomicFiles() {}

  /** Writes an image as PNG, replacing an earlier report file of the same name. */
  static void writePng(BufferedImage image, Path file) {
    ByteArrayOutputStream encoded = new ByteArrayOutputStream();
    try {
      if (!ImageIO.write(image, "png", encoded)) {
        throw new StorageException("cannot write " + file + ": no PNG writer is installed in this Java runtime");
      }
    } catch (IOException e) {
      throw new StorageException("cannot encode " + file + " as PNG: " + e.getMessage(), e);
    }
    writeBytes(encoded.toByteArray(), file);
  }

  /** Writes bytes to a file, replacing an earlier report file of the same name. */
  static void writeBytes(byte[] content, Path file) {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    Path temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
    try {
      Files.createDirectories(directory);
      Files.write(temporary, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      moveIntoPlace(temporary, target);
    } catch (IOException e) {
      throw new StorageException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    try {
      // On Linux and macOS an atomic move replaces an existing target.
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path temporary) {
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // Either the move succeeded and nothing is left, or the write already failed with the error that matters.
    }
  }
}
