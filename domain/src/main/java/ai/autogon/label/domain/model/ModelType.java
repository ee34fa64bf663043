package ai.autogon.label.domain.model;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.Locale;

/** Size of the detection network: more width and depth trade speed for accuracy. */
public enum ModelType {
  SMALL,
  MEDIUM,
  LARGE;

  /** Parses a model type from its wire name, ignoring case and surrounding spaces. */
  public static ModelType parse(String text) {
    if (text != null) {
      String normalized = text.trim().toUpperCase(Locale.ROOT);
      for (ModelType type : values()) {
        if (type.name().equals(normalized)) {
          return type;
        }
      }
    }
    throw InvalidValueException.of("model_type", text, "one of 'small', 'medium', 'large'");
  }

  /** Returns the lower-case name used on the wire and in the CLI. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
