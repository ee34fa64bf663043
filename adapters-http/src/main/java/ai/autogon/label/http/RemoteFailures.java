package ai.autogon.label.http;

import ai.autogon.label.domain.error.RemoteServiceException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.StringJoiner;
import javax.net.ssl.SSLException;

/**
 * Builds the {@link RemoteServiceException} for each way a call to the service can fail.
 *
 * <p>Every message and field error passes through {@link #redact}, so the API key never reaches a message even
 * when the service echoes it back.
 */
final class RemoteFailures {
  private static final String KEY_PLACEHOLDER = "(redacted API key)";

  private final String service;
  private final String apiKey;
  private final Duration connectTimeout;
  private final Map<Endpoint, Duration> readTimeouts;

  RemoteFailures(RemoteLabelModelConfig config) {
    this.service = "the label-model service at " + config.redactedBaseUrl();
    this.apiKey = config.apiKey();
    this.connectTimeout = config.connectTimeout();
    this.readTimeouts = Map.of(
        Endpoint.TRAIN, config.trainReadTimeout(), Endpoint.PREDICT, config.predictReadTimeout());
  }

  /** Translates a failure to connect, send or receive, where no complete response arrived. */
  RemoteServiceException transportFailed(Endpoint endpoint, IOException e) {
    if (e instanceof SocketTimeoutException && isConnectTimeout(e)) {
      return noResponse(
          "Connecting to " + service + " timed out after the connect timeout of " + format(connectTimeout)
              + ". Check the base URL and that the service is running and reachable from this machine", e);
    }
    if (e instanceof SocketTimeoutException) {
      return noResponse(
          "The " + endpoint.operation() + " request to " + service + " timed out: no data arrived within the "
              + endpoint.readTimeoutName() + " of " + format(readTimeouts.get(endpoint))
              + ". Raise the " + endpoint.readTimeoutName() + " if the service needs longer", e);
    }
    if (e instanceof ConnectException || e instanceof NoRouteToHostException) {
      return noResponse(
          "Could not reach " + service + " (" + rootCauseMessage(e) + "). Check the base URL, "
              + "that the service is running and that no firewall or proxy blocks the connection", e);
    }
    if (e instanceof UnknownHostException) {
      return noResponse(
          "Could not reach " + service + ": unknown host (" + e.getMessage() + "). Check the base URL and "
              + "this machine's network connection", e);
    }
    if (e instanceof SSLException) {
      return noResponse(
          "The TLS connection to " + service + " failed: " + e.getMessage() + ". Check that the base URL uses "
              + "the right scheme and port", e);
    }
    return noResponse(
        "The " + endpoint.operation() + " request to " + service + " failed before a response arrived: "
            + e.getMessage(), e);
  }

  /** Reports an error status or a {@code "status": false} envelope, keeping the service's own message. */
  RemoteServiceException rejected(
      Endpoint endpoint, int httpStatus, String serverMessage, Map<String, String> fieldErrors) {
    Map<String, String> redactedErrors = new LinkedHashMap<>();
    fieldErrors.forEach((field, error) -> redactedErrors.put(field, redact(error)));

    String message;
    if (serverMessage == null || serverMessage.isBlank()) {
      message = capitalize(service) + " rejected the " + endpoint.operation() + " request with HTTP " + httpStatus
          + " and no message";
    } else {
      message = serverMessage.strip();
    }
    if (!redactedErrors.isEmpty()) {
      StringJoiner details = new StringJoiner("; ", " (", ")");
      redactedErrors.forEach((field, error) -> details.add(field + ": " + error));
      message += details;
    }
    return new RemoteServiceException(redact(message), httpStatus, redactedErrors, null);
  }

  /** Reports a body that is not JSON, such as the HTML error page of a proxy. */
  RemoteServiceException nonJsonBody(Endpoint endpoint, int httpStatus, String body) {
    String excerpt = BodyExcerpt.of(body);
    String bodyDescription = excerpt.isEmpty() ? "an empty body" : "a non-JSON body: " + excerpt;
    return new RemoteServiceException(
        redact(capitalize(service) + " responded to the " + endpoint.operation() + " request with HTTP "
            + httpStatus + " and " + bodyDescription),
        httpStatus, Map.of(), null);
  }

  /** Reports a redirect, which the client does not follow so that the API key never goes to another address. */
  RemoteServiceException redirected(Endpoint endpoint, int httpStatus, String location) {
    String target = location == null ? "no Location header" : "a redirect to " + location;
    return new RemoteServiceException(
        redact(capitalize(service) + " responded to the " + endpoint.operation() + " request with HTTP "
            + httpStatus + " and " + target + ". Set the base URL to the address the service expects"),
        httpStatus, Map.of(), null);
  }

  /** Reports a successful status whose JSON body does not have the shape of the wire contract. */
  RemoteServiceException invalidResponse(Endpoint endpoint, int httpStatus, String problem, Throwable cause) {
    return new RemoteServiceException(
        redact(capitalize(service) + " returned an invalid " + endpoint.operation() + " response (HTTP "
            + httpStatus + "): " + problem),
        httpStatus, Map.of(), cause);
  }

  /** Replaces every occurrence of the API key in a text. */
  String redact(String text) {
    return text == null ? null : text.replace(apiKey, KEY_PLACEHOLDER);
  }

  /** Formats a duration for a message: {@code 200 ms}, {@code 30 s}, {@code 2 h}, {@code 1 h 30 min}. */
  static String format(Duration duration) {
    StringJoiner parts = new StringJoiner(" ");
    if (duration.toHours() > 0) {
      parts.add(duration.toHours() + " h");
    }
    if (duration.toMinutesPart() > 0) {
      parts.add(duration.toMinutesPart() + " min");
    }
    if (duration.toSecondsPart() > 0) {
      parts.add(duration.toSecondsPart() + " s");
    }
    if (duration.toMillisPart() > 0 || parts.length() == 0) {
      parts.add(duration.toMillisPart() + " ms");
    }
    return parts.toString();
  }

  private RemoteServiceException noResponse(String message, IOException cause) {
    return new RemoteServiceException(redact(message), null, Map.of(), cause);
  }

  // The JDK socket reports a connect timeout as "Connect timed out", which OkHttp 4.12 passes on, while OkHttp's
  // own read and write timeouts report "timeout". NOTE: tests cover the connect case only with a made-up exception,
  // because no loopback address leaves a connection attempt hanging.
  private static boolean isConnectTimeout(IOException e) {
    String message = e.getMessage();
    return message != null && message.toLowerCase(Locale.ROOT).contains("connect");
  }

  private static String rootCauseMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
  }

  private static String capitalize(String text) {
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
