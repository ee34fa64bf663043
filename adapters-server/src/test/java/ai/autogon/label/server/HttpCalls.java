package ai.autogon.label.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Sends requests to a server under test on loopback. */
final class HttpCalls {
  static final String KEY = "test-key-0123456789";

  private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private final URI base;

  HttpCalls(LabelModelServer server) {
    this.base = server.baseUri();
  }

  HttpResponse<String> post(String path, String json) {
    return post(path, json, KEY);
  }

  HttpResponse<String> post(String path, String json, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json));
    if (key != null) {
      request.header("X-AUG-KEY", key);
    }
    return send(request.build());
  }

  HttpResponse<String> get(String path) {
    return get(path, KEY);
  }

  HttpResponse<String> get(String path, String key) {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30)).GET();
    if (key != null) {
      request.header("X-AUG-KEY", key);
    }
    return send(request.build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
