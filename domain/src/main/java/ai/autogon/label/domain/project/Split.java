package ai.autogon.label.domain.project;

import java.util.Locale;

/** Part of a project that an image belongs to: train, val, test or unassigned. */
public enum Split {
  TRAIN,
  VAL,
  TEST,
  /** No split given by the dataset; training makes a seeded 80/20 train/val split of these. */
  UNASSIGNED;

  /** Returns the lower-case name used in files and output. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a split from its lower-case name. */
  public static Split parse(String text) {
    for (Split split : values()) {
      if (split.wireName().equalsIgnoreCase(text == null ? "" : text.trim())) {
        return split;
      }
    }
    throw new IllegalArgumentException("split must be one of train, val, test, unassigned, got '" + text + "'");
  }
}
