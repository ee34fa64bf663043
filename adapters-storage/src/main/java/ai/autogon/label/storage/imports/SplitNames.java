package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** Maps the split names that datasets use (train, valid, validation, test, ...) to splits. */
final class SplitNames {
  private SplitNames() {}

  /** Returns the split a word names, or empty when it names none. */
  static Optional<Split> of(String word) {
    String normalized = word.trim().toLowerCase(Locale.ROOT);
    return switch (normalized) {
      case "train", "training" -> Optional.of(Split.TRAIN);
      case "val", "valid", "validation" -> Optional.of(Split.VAL);
      case "test", "testing" -> Optional.of(Split.TEST);
      default -> Optional.empty();
    };
  }

  /** Returns the split named by the innermost directory of {@code file} below {@code root}, else unassigned. */
  static Split fromPath(Path root, Path file) {
    Path relative = root.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
    for (int i = relative.getNameCount() - 2; i >= 0; i--) {
      Optional<Split> split = of(relative.getName(i).toString());
      if (split.isPresent()) {
        return split.get();
      }
    }
    return Split.UNASSIGNED;
  }

  /** Returns the split named inside a file name such as {@code instances_train2017.json}, else unassigned. */
  static Split fromFileName(String fileName) {
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (lower.contains("train")) {
      return Split.TRAIN;
    }
    if (lower.contains("val")) {
      return Split.VAL;
    }
    if (lower.contains("test")) {
      return Split.TEST;
    }
    return Split.UNASSIGNED;
  }
}
