package ai.autogon.label.domain.error;

/** Base of every failure the use cases report; its message is written for the person who made the request. */
public class LabelException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public LabelException(String message) {
    super(message);
  }

  public LabelException(String message, Throwable cause) {
    super(message, cause);
  }
}
