package ai.autogon.label.domain.model;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.regex.Pattern;

/**
 * Name of a saved model: 1 to 64 of {@code [A-Za-z0-9._-]}, not starting with a dot.
 *
 * <p>The rule keeps every name a safe single path segment, so a name cannot escape the workspace.
 */
public record ModelName(String value) {
  private static final Pattern ALLOWED = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final String RULE = "1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not starting with '.'";

  public ModelName {
    if (value == null || !ALLOWED.matcher(value).matches() || value.startsWith(".")) {
      throw InvalidValueException.of("model_name", value, RULE);
    }
  }

  /** Parses a model name, reporting a violation under the given wire field name. */
  public static ModelName parse(String field, String text) {
    try {
      return new ModelName(text);
    } catch (InvalidValueException e) {
      throw InvalidValueException.of(field, text, RULE);
    }
  }

  /** Parses a model name reported as {@code model_name}. */
  public static ModelName of(String text) {
    return new ModelName(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
