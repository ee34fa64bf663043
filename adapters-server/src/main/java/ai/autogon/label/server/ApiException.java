package ai.autogon.label.server;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Failure raised by the HTTP layer itself, carrying the status and message to send. */
final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final Map<String, String> fieldErrors;
  private final boolean logged;

  ApiException(int status, String message) {
    this(status, message, Map.of());
  }

  ApiException(int status, String message, Map<String, String> fieldErrors) {
    this(status, message, fieldErrors, false);
  }

  private ApiException(int status, String message, Map<String, String> fieldErrors, boolean logged) {
    super(message, null, false, false);
    this.status = status;
    this.fieldErrors = Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    this.logged = logged;
  }

  /** Creates an exception that sends a failure already logged where it happened, so it is not logged twice. */
  static ApiException reported(Failure failure) {
    return new ApiException(failure.status(), failure.message(), failure.fieldErrors(), true);
  }

  boolean logged() {
    return logged;
  }

  int status() {
    return status;
  }

  Map<String, String> fieldErrors() {
    return fieldErrors;
  }
}
