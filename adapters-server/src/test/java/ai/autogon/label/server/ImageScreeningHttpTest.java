package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Checks that predict screens image URLs with the policy; the fake backend never fetches anything. */
class ImageScreeningHttpTest {
  private final Fakes.Prediction prediction = new Fakes.Prediction();
  private LabelModelServer server;

  @AfterEach
  void stopServer() {
    server.close();
  }

  private HttpCalls start(ImageSourcePolicy policy) {
    prediction.behaviour = command -> command.images().stream()
        .map(image -> ImageAnnotations.annotated(image, 4, 3, List.of()))
        .collect(Collectors.toList());
    server = LabelModelServer.builder(new Fakes.Training(), prediction)
        .apiKeys(Set.of(HttpCalls.KEY))
        .imageSourcePolicy(policy)
        .start();
    return new HttpCalls(server);
  }

  @Test
  void forbiddenImagesGetErrorEntries() {
    // given
    HttpCalls http = start(ServerImageSourcePolicy.defaults());

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", "{\"app_id\": 1, \"image_urls\": ["
        + "\"http://169.254.169.254/latest/meta-data/\", \"https://images.invalid/a.jpg\", \"file:///etc/passwd\"], "
        + "\"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":true,\"message\":\"ok\",\"data\":["
        + "{\"image_url\":\"http://169.254.169.254/latest/meta-data/\",\"width\":null,\"height\":null,\"annotations\":[],"
        + "\"error\":{\"code\":\"image_forbidden\",\"message\":\"host 169.254.169.254 is not allowed: its address "
        + "169.254.169.254 is link-local (169.254.0.0/16); the server operator can allow-list the host or range if it "
        + "is trusted\"}},"
        + "{\"image_url\":\"https://images.invalid/a.jpg\",\"width\":4,\"height\":3,\"annotations\":[],\"error\":null},"
        + "{\"image_url\":\"file:///etc/passwd\",\"width\":null,\"height\":null,\"annotations\":[],"
        + "\"error\":{\"code\":\"image_forbidden\",\"message\":\"file:///etc/passwd is not allowed: this server reads no "
        + "local files, only http and https URLs\"}}]}");
    assertThat(prediction.commands).singleElement()
        .satisfies(command -> assertThat(command.images()).containsExactly(ImageReference.parse("https://images.invalid/a.jpg")));
  }

  @Test
  void allForbiddenSkipsBackend() {
    // given
    HttpCalls http = start(ServerImageSourcePolicy.defaults());

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 1, \"image_urls\": [\"http://127.0.0.1:9/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"error\":{\"code\":\"image_forbidden\",\"message\":\"host 127.0.0.1 is not "
        + "allowed: its address 127.0.0.1 is loopback (127.0.0.0/8)");
    assertThat(prediction.commands).isEmpty();
  }

  @Test
  void configuredPolicyReplacesDefault() {
    // given
    HttpCalls http = start(ImageSourcePolicy.ALLOW_ALL);

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 1, \"image_urls\": [\"http://127.0.0.1:9/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).contains("\"width\":4,\"height\":3");
    assertThat(prediction.commands).hasSize(1);
  }

  @Test
  void backendResultCountMismatchReturns500() {
    // given
    HttpCalls http = start(ServerImageSourcePolicy.defaults());
    prediction.behaviour = command -> List.of();

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 1, \"image_urls\": [\"https://images.invalid/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).matches("\\{\"status\":false,\"message\":\"the prediction backend returned 0 results for 1 "
        + "images \\(incident [0-9a-f]{8}\\)\"}");
  }
}
