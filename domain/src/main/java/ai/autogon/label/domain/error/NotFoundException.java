package ai.autogon.label.domain.error;

/** Signals that a project, app or model named in a request does not exist; maps to HTTP 404. */
public final class NotFoundException extends LabelException {
  private static final long serialVersionUID = 1L;

  public NotFoundException(String message) {
    super(message);
  }
}
