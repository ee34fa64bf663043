package ai.autogon.label.server;

import ai.autogon.label.domain.error.BackendUnavailableException;
import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.error.RemoteServiceException;
import ai.autogon.label.domain.image.ImageReadException;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * HTTP status, message and field errors that report a failed request to the client.
 *
 * @param status HTTP status code
 * @param message sentence for the client, never a stack trace
 * @param fieldErrors validation messages by wire field name, empty when none
 */
record Failure(int status, String message, Map<String, String> fieldErrors) {
  private static final Logger LOG = LoggerFactory.getLogger(Failure.class);

  /**
   * Maps an exception to the status the wire contract gives it and logs it: client errors and statuses the
   * server chose briefly, unexpected server errors with their stack trace and an incident id that the client's
   * message repeats.
   */
  static Failure of(Throwable error, String request) {
    Failure failure = classify(error);
    if (error instanceof ApiException) {
      ApiException api = (ApiException) error;
      if (!api.logged()) {
        // A status the server chose on purpose (bad input, busy, timed out, stopping) needs no stack trace.
        if (failure.status() >= 500) {
          LOG.warn("{} failed with status {}: {}", request, failure.status(), failure.message());
        } else {
          LOG.debug("{} rejected with status {}: {}", request, failure.status(), failure.message());
        }
      }
      return failure;
    }
    if (failure.status() >= 500) {
      String incident = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("{} failed with status {} (incident {})", request, failure.status(), incident, error);
      return new Failure(failure.status(), failure.message() + " (incident " + incident + ")", failure.fieldErrors());
    }
    // Client errors can come in floods (a wrong key in a loop), so they stay at debug level.
    LOG.debug("{} rejected with status {}: {}", request, failure.status(), failure.message());
    return failure;
  }

  private static Failure classify(Throwable error) {
    if (error instanceof ApiException) {
      ApiException api = (ApiException) error;
      return new Failure(api.status(), api.getMessage(), api.fieldErrors());
    }
    if (error instanceof InvalidValueException) {
      InvalidValueException invalid = (InvalidValueException) error;
      return new Failure(400, invalid.getMessage(), Map.of(invalid.field(), invalid.getMessage()));
    }
    if (error instanceof NotFoundException) {
      return new Failure(404, error.getMessage(), Map.of());
    }
    if (error instanceof ConflictException) {
      return new Failure(409, error.getMessage(), Map.of());
    }
    if (error instanceof ImageReadException) {
      ImageReadException image = (ImageReadException) error;
      int status = image.reason() == ImageReadException.Reason.IMAGE_TOO_LARGE ? 413 : 400;
      return new Failure(status, error.getMessage(), Map.of());
    }
    if (error instanceof RemoteServiceException) {
      return remoteFailure((RemoteServiceException) error);
    }
    if (error instanceof BackendUnavailableException) {
      return new Failure(503, error.getMessage(), Map.of());
    }
    if (error instanceof LabelException) {
      return new Failure(500, error.getMessage(), Map.of());
    }
    return new Failure(500, "internal server error: the server log has the details", Map.of());
  }

  /**
   * Passes a remote service's client errors through and reports its other failures as 502 Bad Gateway. A
   * remote 401 or 403 concerns this server's own key, not the client's, so it becomes 502 as well.
   */
  private static Failure remoteFailure(RemoteServiceException remote) {
    int status = remote.httpStatus().orElse(502);
    if (status >= 400 && status < 500 && status != 401 && status != 403) {
      return new Failure(status, remote.getMessage(), remote.fieldErrors());
    }
    return new Failure(502, "the remote label-model service failed: " + remote.getMessage(), Map.of());
  }
}
