package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
  @Test
  void servesDocumentOfEveryEndpointWithoutKey() throws IOException, InterruptedException {
    // given
    try (LabelModelServer server = LabelModelServer.builder(new Fakes.Training(), new Fakes.Prediction())
        .apiKeys(Set.of(HttpCalls.KEY)).start()) {
      URI uri = server.baseUri().resolve("/openapi.json");

      // when
      HttpResponse<String> response = HttpClient.newHttpClient()
          .send(HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());

      // then
      assertThat(response.statusCode()).isEqualTo(200);
      Map<?, ?> document = (Map<?, ?>) new Moshi.Builder().build().adapter(Object.class).fromJson(response.body());
      assertThat(document.get("openapi")).isEqualTo("3.0.3");
      assertThat(new ArrayList<Object>(((Map<?, ?>) document.get("paths")).keySet())).containsExactly(
          "/api/v1/label/model/train/", "/api/v1/label/model/predict/", "/api/v1/label/model/jobs/{id}", "/health");
      assertThat(unresolvedReferences(document, document)).isEmpty();
    }
  }

  /** Returns every {@code $ref} that does not point at an entry of the document. */
  private static List<String> unresolvedReferences(Object node, Map<?, ?> document) {
    List<String> unresolved = new ArrayList<>();
    if (node instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) node).entrySet()) {
        if (entry.getKey().equals("$ref") && resolve((String) entry.getValue(), document) == null) {
          unresolved.add((String) entry.getValue());
        }
        unresolved.addAll(unresolvedReferences(entry.getValue(), document));
      }
    } else if (node instanceof List) {
      for (Object element : (List<?>) node) {
        unresolved.addAll(unresolvedReferences(element, document));
      }
    }
    return unresolved;
  }

  private static Object resolve(String reference, Map<?, ?> document) {
    Object current = document;
    for (String part : reference.substring(2).split("/")) {
      if (!(current instanceof Map)) {
        return null;
      }
      current = ((Map<?, ?>) current).get(part);
    }
    return current;
  }
}
