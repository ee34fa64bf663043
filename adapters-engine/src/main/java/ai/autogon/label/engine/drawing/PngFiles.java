package ai.autogon.label.engine.drawing;

import ai.autogon.label.domain.error.StorageException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Writes PNG files atomically, so a reader never sees a half-written image. */
public final class PngFiles {
  private PngFiles() {}

  /**
   * Writes an image as PNG to a new file, through a temporary file in the same directory that is then renamed.
   *
   * @throws StorageException naming the file when it already exists or cannot be written
   */
  public static void write(BufferedImage image, Path file) {
    Path target = file.toAbsolutePath();
    Path directory = target.getParent();
    if (Files.exists(target)) {
      throw new StorageException("cannot write " + target + ": the file already exists; choose another directory");
    }

    Path temporary = null;
    try {
      Files.createDirectories(directory);
      // A fresh name opened with CREATE_NEW instead of Files.createTempFile, which would make the file readable
      // by its owner only.
      temporary = directory.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
      try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        if (!ImageIO.write(image, "png", out)) {
          throw new StorageException("cannot write " + target + ": no PNG writer is installed in this Java runtime");
        }
      }
      moveIntoPlace(temporary, target);
      temporary = null;
    } catch (FileAlreadyExistsException e) {
      throw new StorageException("cannot write " + target + ": the file already exists; choose another directory", e);
    } catch (IOException e) {
      throw new StorageException("cannot write " + target + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(temporary);
    }
  }

  private static void moveIntoPlace(Path temporary, Path target) throws IOException {
    // NOTE: an atomic move replaces a target that appeared after the existence check in write (rename(2) on
    // Linux does), so that check is what protects existing files.
    try {
      Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(temporary, target);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException ignored) {
      // The write has already failed, and that failure is what the caller needs to see.
    }
  }
}
