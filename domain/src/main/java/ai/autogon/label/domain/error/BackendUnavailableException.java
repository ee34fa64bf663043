package ai.autogon.label.domain.error;

/** Signals that the chosen backend cannot serve the request at all, for example because it is not installed. */
public final class BackendUnavailableException extends LabelException {
  private static final long serialVersionUID = 1L;

  public BackendUnavailableException(String message) {
    super(message);
  }
}
