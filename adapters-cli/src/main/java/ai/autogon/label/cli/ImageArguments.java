package ai.autogon.label.cli;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Expands the image arguments of {@code predict}: URLs, image files, directories of images and glob patterns.
 *
 * <p>A directory contributes its supported images sorted by path, and those of its subdirectories only when
 * recursive. A glob is expanded here when the shell left it unexpanded (quoted, or no match in the shell); its
 * directory part must be literal, as in {@code scans/*.jpg} or {@code scans/**}{@code /*.png}. A plain path that does
 * not exist is passed on, so the backend reports it as a per-image error like any unreadable image.
 */
final class ImageArguments {
  /** File name extensions of the images that directories and globs contribute. */
  static final List<String> EXTENSIONS = List.of(".jpg", ".jpeg", ".png", ".bmp", ".tif", ".tiff", ".webp", ".gif");

  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*|^file:.*");
  private static final Pattern GLOB_CHARACTERS = Pattern.compile("[*?\\[{]");

  private ImageArguments() {}

  /** Returns the images the arguments name, in argument order. */
  static List<ImageReference> expand(List<String> arguments, boolean recursive) {
    List<ImageReference> references = new ArrayList<>();
    for (String argument : arguments) {
      if (URI_SCHEME.matcher(argument).matches()) {
        references.add(ImageReference.parse(argument));
        continue;
      }
      Path path = literalPath(argument);
      if (path != null && Files.isDirectory(path)) {
        references.addAll(directory(argument, path, recursive));
      } else if ((path == null || !Files.exists(path)) && GLOB_CHARACTERS.matcher(argument).find()) {
        references.addAll(glob(argument));
      } else if (path != null) {
        references.add(ImageReference.of(path));
      } else {
        throw InvalidValueException.of("image", argument, "a file path, a directory, a glob or an http(s):// URL");
      }
    }
    return references;
  }

  static boolean isImage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return EXTENSIONS.stream().anyMatch(name::endsWith);
  }

  private static Path literalPath(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      // Windows rejects '*' and '?' in paths, so a glob is only recognised below.
      return null;
    }
  }

  private static List<ImageReference> directory(String argument, Path directory, boolean recursive) {
    List<ImageReference> images;
    try (Stream<Path> entries = recursive ? Files.walk(directory) : Files.list(directory)) {
      images = entries.filter(Files::isRegularFile).filter(ImageArguments::isImage).sorted()
          .map(ImageReference::of).toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidValueException("image", "cannot list the directory '" + argument + "': " + e.getMessage());
    }
    if (images.isEmpty()) {
      throw InvalidValueException.of("image", argument, "a directory with at least one image ("
          + String.join(", ", EXTENSIONS) + (recursive ? ")" : "); pass --recursive to include subdirectories"));
    }
    return images;
  }

  private static List<ImageReference> glob(String pattern) {
    String normalized = pattern.replace('\\', '/');
    int firstGlob = firstGlobCharacter(normalized);
    int baseEnd = normalized.lastIndexOf('/', firstGlob);
    String base = baseEnd < 0 ? "." : (baseEnd == 0 ? "/" : normalized.substring(0, baseEnd));
    String relative = normalized.substring(baseEnd + 1);

    Path baseDirectory = literalPath(base);
    if (baseDirectory == null || !Files.isDirectory(baseDirectory)) {
      throw InvalidValueException.of("image", pattern, "a glob whose directory part '" + base + "' exists");
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + relative);
    int depth = relative.contains("**") ? Integer.MAX_VALUE : relative.split("/").length;

    List<ImageReference> images;
    try (Stream<Path> entries = Files.walk(baseDirectory, depth)) {
      images = entries.filter(Files::isRegularFile)
          .filter(file -> matcher.matches(baseDirectory.relativize(file)))
          .filter(ImageArguments::isImage)
          .sorted()
          .map(ImageReference::of)
          .toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InvalidValueException("image", "cannot expand the glob '" + pattern + "': " + e.getMessage());
    }
    if (images.isEmpty()) {
      throw InvalidValueException.of("image", pattern, "a glob that matches at least one image ("
          + String.join(", ", EXTENSIONS) + ")");
    }
    return images;
  }

  private static int firstGlobCharacter(String text) {
    var matcher = GLOB_CHARACTERS.matcher(text);
    return matcher.find() ? matcher.start() : text.length();
  }
}
