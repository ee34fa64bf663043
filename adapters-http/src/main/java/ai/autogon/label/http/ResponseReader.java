package ai.autogon.label.http;

import ai.autogon.label.domain.error.RemoteServiceException;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.Moshi;
import java.io.EOFException;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.ResponseBody;
import retrofit2.Response;

/**
 * Reads the {@code {"status", "message", "errors", "data"}} envelope of a response and returns its {@code data}.
 *
 * <p>A status outside 2xx, {@code "status": false} (boolean or string) in a 2xx response, a body that is not a
 * JSON object and a success without {@code data} all become a {@link RemoteServiceException}.
 */
final class ResponseReader {
  private final JsonAdapter<Object> treeAdapter;
  private final RemoteFailures failures;

  ResponseReader(Moshi moshi, RemoteFailures failures) {
    this.treeAdapter = moshi.adapter(Object.class);
    this.failures = failures;
  }

  /**
   * Returns the {@code data} value of a successful response as a JSON tree, with the response's status.
   *
   * @throws IOException when the body cannot be read, for example because the read timeout passed
   */
  ResponseData readData(Endpoint endpoint, Response<ResponseBody> response) throws IOException {
    int status = response.code();
    String body = readBody(response);
    if (status >= 300 && status < 400) {
      throw failures.redirected(endpoint, status, location(response));
    }

    Map<?, ?> envelope = parseObject(endpoint, status, body);

    if (!response.isSuccessful() || isFalse(envelope.get("status"))) {
      throw failures.rejected(endpoint, status, text(envelope.get("message")), fieldErrors(envelope.get("errors")));
    }
    Object data = envelope.get("data");
    if (data == null) {
      throw failures.invalidResponse(endpoint, status, "the body has no 'data'", null);
    }
    return new ResponseData(status, data);
  }

  private static String readBody(Response<ResponseBody> response) throws IOException {
    try (ResponseBody body = response.isSuccessful() ? response.body() : response.errorBody()) {
      return body == null ? "" : body.string();
    }
  }

  private Map<?, ?> parseObject(Endpoint endpoint, int status, String body) {
    Object tree;
    try {
      tree = treeAdapter.fromJson(body);
    } catch (JsonEncodingException | EOFException | JsonDataException e) {
      throw failures.nonJsonBody(endpoint, status, body);
    } catch (IOException e) {
      // Reading from a String raises no other IOException, but one would be reported here rather than hidden.
      throw failures.invalidResponse(endpoint, status, "the body could not be parsed: " + e.getMessage(), e);
    }
    if (!(tree instanceof Map<?, ?> map)) {
      throw failures.nonJsonBody(endpoint, status, body);
    }
    return map;
  }

  private static boolean isFalse(Object status) {
    if (status instanceof Boolean flag) {
      return !flag;
    }
    return status instanceof String text && text.strip().toLowerCase(Locale.ROOT).equals("false");
  }

  /** Flattens {@code errors} values to text: a string stays as it is and a list of messages is joined. */
  private static Map<String, String> fieldErrors(Object errors) {
    Map<String, String> result = new LinkedHashMap<>();
    if (errors instanceof Map<?, ?> map) {
      map.forEach((field, error) -> result.put(String.valueOf(field), text(error)));
    }
    return result;
  }

  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof List<?> list) {
      return list.stream().map(ResponseReader::text).collect(Collectors.joining("; "));
    }
    if (value instanceof Double number && number == Math.rint(number) && !number.isInfinite()) {
      return Long.toString(number.longValue());
    }
    return String.valueOf(value);
  }

  private static String location(Response<ResponseBody> response) {
    String location = response.headers().get("Location");
    if (location == null) {
      return null;
    }
    HttpUrl resolved = response.raw().request().url().resolve(location);
    return resolved == null ? location : RemoteLabelModelConfig.redact(resolved);
  }
}
