package ai.autogon.label.storage.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Finds image files by name and recognises them by extension. */
final class ImageFiles {
  /** File name extensions of images the importers pick up, in the order they are tried. */
  static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif");

  private ImageFiles() {}

  static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  /** Returns the file name without its last extension. */
  static String stem(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  /** Finds {@code stem.ext} in a directory for the first image extension that exists, in lower or upper case. */
  static Optional<Path> findByStem(Path directory, String stem) {
    for (String extension : EXTENSIONS) {
      for (String candidate : List.of(stem + extension, stem + extension.toUpperCase(Locale.ROOT))) {
        Path file = directory.resolve(candidate);
        if (Files.isRegularFile(file)) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Resolves a file name from an annotation against candidate directories.
   *
   * @return the first existing file, or the path in the first directory when none exists
   */
  static Path resolve(String name, List<Path> directories) {
    Path first = null;
    for (Path directory : directories) {
      Path candidate = directory.resolve(name).normalize();
      if (first == null) {
        first = candidate;
      }
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    return first;
  }
}
