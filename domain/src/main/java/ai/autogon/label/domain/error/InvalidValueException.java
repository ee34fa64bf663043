package ai.autogon.label.domain.error;

import java.util.Objects;

/** Signals that a request field contains a value outside the allowed range or set; maps to HTTP 400 and CLI exit code 2. */
public final class InvalidValueException extends LabelException {
  private static final long serialVersionUID = 1L;

  private final String field;

  public InvalidValueException(String field, String message) {
    super(message);
    this.field = Objects.requireNonNull(field, "field");
  }

  /** Creates the standard message "FIELD must be RULE, got 'VALUE'". */
  public static InvalidValueException of(String field, Object value, String rule) {
    String shown = value instanceof CharSequence ? "'" + value + "'" : String.valueOf(value);
    return new InvalidValueException(field, field + " must be " + rule + ", got " + shown);
  }

  /** Returns the wire name of the rejected field, for example {@code overlap_thresh}. */
  public String field() {
    return field;
  }
}
