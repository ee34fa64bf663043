package ai.autogon.label.domain.error;

/** Signals that a write would replace something that exists, such as a saved model; maps to HTTP 409. */
public final class ConflictException extends LabelException {
  private static final long serialVersionUID = 1L;

  public ConflictException(String message) {
    super(message);
  }
}
