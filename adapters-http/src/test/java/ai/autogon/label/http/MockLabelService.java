package ai.autogon.label.http;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.InetAddress;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/** A MockWebServer on 127.0.0.1 that plays the label-model service, with helpers to script and read it. */
final class MockLabelService implements AutoCloseable {
  static final String API_KEY = "test-key-5f2c9a71";

  private final MockWebServer server = new MockWebServer();

  MockLabelService() throws IOException {
    server.start(InetAddress.getByName("127.0.0.1"), 0);
  }

  /** Returns the service's base URL with a trailing slash. */
  String baseUrl() {
    return "http://127.0.0.1:" + server.getPort() + "/api/v1/";
  }

  RemoteLabelModelConfig.Builder config() {
    return RemoteLabelModelConfig.builder().baseUrl(baseUrl()).apiKey(API_KEY);
  }

  RemoteLabelModelClient client() {
    return RemoteLabelModelClient.create(config().build());
  }

  void respond(int status, String jsonBody) {
    server.enqueue(new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(jsonBody));
  }

  void respond(MockResponse response) {
    server.enqueue(response);
  }

  RecordedRequest takeRequest() throws InterruptedException {
    RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
    if (request == null) {
      throw new AssertionError("the client sent no request within 5 s");
    }
    return request;
  }

  int requestCount() {
    return server.getRequestCount();
  }

  /** Parses a recorded JSON body into maps, lists, strings, doubles, booleans and nulls. */
  static Map<?, ?> jsonBody(RecordedRequest request) throws IOException {
    Object tree = new Moshi.Builder().build().adapter(Object.class).fromJson(request.getBody().readUtf8());
    return (Map<?, ?>) tree;
  }

  @Override
  public void close() throws IOException {
    server.shutdown();
  }
}
