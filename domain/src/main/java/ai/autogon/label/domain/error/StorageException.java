package ai.autogon.label.domain.error;

/** Signals that the workspace could not be read or written, naming the file involved. */
public final class StorageException extends LabelException {
  private static final long serialVersionUID = 1L;

  public StorageException(String message, Throwable cause) {
    super(message, cause);
  }

  public StorageException(String message) {
    super(message);
  }
}
