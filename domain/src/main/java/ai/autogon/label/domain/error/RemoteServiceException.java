package ai.autogon.label.domain.error;

import java.util.Map;
import java.util.OptionalInt;

/**
 * Signals that a remote label-model service rejected a request or could not be reached.
 *
 * <p>The message is the service's own message when it sent one. The HTTP status is absent when no
 * response arrived (connection refused, timeout).
 */
public final class RemoteServiceException extends LabelException {
  private static final long serialVersionUID = 1L;

  private final Integer httpStatus;
  private final Map<String, String> fieldErrors;

  public RemoteServiceException(String message, Integer httpStatus, Map<String, String> fieldErrors, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
    this.fieldErrors = Map.copyOf(fieldErrors);
  }

  /** Returns the HTTP status of the failed response, or empty when no response arrived. */
  public OptionalInt httpStatus() {
    return httpStatus == null ? OptionalInt.empty() : OptionalInt.of(httpStatus);
  }

  /** Returns the per-field validation messages the service sent, keyed by wire field name. */
  public Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
