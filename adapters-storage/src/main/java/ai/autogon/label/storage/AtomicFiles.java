package ai.autogon.label.storage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.UUID;

/**
 * Writes files so that readers see the old or the new content, never a mix.
 *
 * <p>Content goes to a temporary file in the target's directory, is forced to disk, and is renamed over the
 * target with {@code ATOMIC_MOVE}. Temporary names start with {@link #TEMP_PREFIX} and end with
 * {@link #TEMP_SUFFIX}; readers skip such names and {@link Workspace#open} deletes those a crash left behind.
 */
final class AtomicFiles {
  static final String TEMP_PREFIX = ".tmp-";
  static final String TEMP_SUFFIX = ".part";

  private AtomicFiles() {}

  /** Replaces {@code target} with {@code content} atomically. */
  static void write(Path target, byte[] content) throws IOException {
    Path directory = target.toAbsolutePath().getParent();
    Path temp = directory.resolve(tempName(target.getFileName().toString()));
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        ByteBuffer buffer = ByteBuffer.wrap(content);
        while (buffer.hasRemaining()) {
          channel.write(buffer);
        }
        channel.force(true);
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
      forceDirectory(directory);
    } finally {
      Files.deleteIfExists(temp);
    }
  }

  /** Returns a fresh temporary name for something about to replace {@code baseName}. */
  static String tempName(String baseName) {
    return TEMP_PREFIX + baseName + "-" + UUID.randomUUID() + TEMP_SUFFIX;
  }

  /** Returns whether a file name is one of the temporary names this class creates. */
  static boolean isTemporary(String fileName) {
    return fileName.startsWith(TEMP_PREFIX) && fileName.endsWith(TEMP_SUFFIX);
  }

  /** Forces every regular file below {@code directory} to disk, for files that another component wrote. */
  static void forceTree(Path directory) throws IOException {
    Files.walkFileTree(directory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        if (attributes.isRegularFile()) {
          try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
          }
        }
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Forces a directory's entries (a rename) to disk where the platform allows opening a directory. */
  static void forceDirectory(Path directory) {
    try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Windows cannot open a directory as a channel; the rename is still atomic there, only not yet durable.
    }
  }

  /** Deletes a file or a directory tree; a missing path is not an error. */
  static void deleteRecursively(Path path) throws IOException {
    if (!Files.exists(path, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    Files.walkFileTree(path, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.deleteIfExists(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path dir, IOException error) throws IOException {
        if (error != null && !(error instanceof NoSuchFileException)) {
          throw error;
        }
        Files.deleteIfExists(dir);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  /** Lists the entries of a directory that are not temporary, sorted by name; a missing directory has none. */
  static java.util.List<Path> listEntries(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      return java.util.List.of();
    }
    java.util.List<Path> entries = new java.util.ArrayList<>();
    try (DirectoryStream<Path> stream = Files.newDirectoryStream(directory)) {
      for (Path entry : stream) {
        String name = entry.getFileName().toString();
        if (!isTemporary(name) && !name.startsWith(".")) {
          entries.add(entry);
        }
      }
    }
    entries.sort(java.util.Comparator.comparing(Path::toString));
    return entries;
  }
}
