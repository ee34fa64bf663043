package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.error.InvalidValueException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Reads a plain class list: one class name per line, blank lines ignored ({@code classes.txt}, {@code obj.names}). */
final class ClassListFile {
  static final List<String> NAMES = List.of("classes.txt", "labels.txt", "obj.names");

  private ClassListFile() {}

  static Optional<Path> find(Path directory) {
    return NAMES.stream().map(directory::resolve).filter(Files::isRegularFile).findFirst();
  }

  static List<String> read(Path file) {
    try {
      List<String> names = Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(String::trim)
          .filter(line -> !line.isEmpty())
          .toList();
      if (names.isEmpty()) {
        throw new InvalidValueException("path", "the class list " + file + " is empty; write one class name per line");
      }
      return names;
    } catch (IOException e) {
      throw new InvalidValueException("path", "failed to read the class list " + file + ": " + e.getMessage());
    }
  }
}
