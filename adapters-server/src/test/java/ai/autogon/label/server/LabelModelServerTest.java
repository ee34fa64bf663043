package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class LabelModelServerTest {
  private static final String TRAIN_BODY =
      "{\"model_type\": \"small\", \"project_id\": 12, \"model_load_name\": null, \"model_save_name\": \"cells-small-1\"}";
  private static final String TRAINED_DATA = "{\"model_name\":\"cells-small-1\",\"model_type\":\"small\",\"project_id\":12,"
      + "\"model_load_name\":null,\"epochs\":60,\"train_images\":205,\"val_images\":87,\"training_seconds\":812.4,"
      + "\"created_at\":\"2026-12-04T20:00:00Z\",\"metrics\":{\"precision\":0.81,\"recall\":0.77,\"map50\":0.83,"
      + "\"map50_95\":0.52,\"per_class\":[{\"label\":\"WBC\",\"instances\":21,\"precision\":0.95,\"recall\":0.97,"
      + "\"ap50\":0.98,\"ap50_95\":0.71}]}}";
  private static final String PREDICT_BODY = "{\"app_id\": 7, \"image_urls\": [\"https://images.invalid/a.jpg\", "
      + "\"https://images.invalid/missing.jpg\"], \"confidence_thresh\": 0.5, \"overlap_thresh\": 0.3, "
      + "\"model_name\": \"cells-small-1\"}";

  private final Fakes.Training training = new Fakes.Training();
  private final Fakes.Prediction prediction = new Fakes.Prediction();
  private LabelModelServer server;
  private HttpCalls http;

  @BeforeEach
  void startServer() {
    server = LabelModelServer.builder(training, prediction).apiKeys(Set.of(HttpCalls.KEY)).start();
    http = new HttpCalls(server);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void trainReturns201WithModel() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", TRAIN_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json;charset=utf-8");
    assertThat(response.body()).isEqualTo("{\"status\":true,\"message\":\"model trained\",\"data\":" + TRAINED_DATA + "}");
    assertThat(training.commands).singleElement().satisfies(command -> {
      assertThat(command.modelType().wireName()).isEqualTo("small");
      assertThat(command.projectId().value()).isEqualTo(12);
      assertThat(command.modelLoadName()).isEmpty();
      assertThat(command.modelSaveName().map(Object::toString)).hasValue("cells-small-1");
    });
  }

  @Test
  void trainAcceptsPathWithoutTrailingSlash() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train", TRAIN_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(201);
  }

  @Test
  void trainPassesRetrainingFieldsThrough() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/",
        "{\"model_type\": \"LARGE\", \"project_id\": 3, \"model_load_name\": \"base-1\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.body()).contains("\"model_name\":\"cells-small-1\"", "\"model_load_name\":\"base-1\"");
    assertThat(training.commands).singleElement().satisfies(command -> {
      assertThat(command.modelType().wireName()).isEqualTo("large");
      assertThat(command.modelLoadName().map(Object::toString)).hasValue("base-1");
      assertThat(command.modelSaveName()).isEmpty();
    });
  }

  @Test
  void predictReturns200PerImage() {
    // given
    prediction.behaviour = command -> List.of(
        ImageAnnotations.annotated(command.images().get(0), 640, 480,
            List.of(new Annotation("WBC", 0.93, new BoundingBox(260, 177, 231, 199)))),
        ImageAnnotations.failed(command.images().get(1),
            new ImageError("image_unreachable", "GET https://images.invalid/missing.jpg returned 404")));

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", PREDICT_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo("{\"status\":true,\"message\":\"ok\",\"data\":["
        + "{\"image_url\":\"https://images.invalid/a.jpg\",\"width\":640,\"height\":480,\"annotations\":["
        + "{\"label\":\"WBC\",\"confidence\":0.93,\"bbox\":{\"x\":260.0,\"y\":177.0,\"width\":231.0,\"height\":199.0}}],"
        + "\"error\":null},"
        + "{\"image_url\":\"https://images.invalid/missing.jpg\",\"width\":null,\"height\":null,\"annotations\":[],"
        + "\"error\":{\"code\":\"image_unreachable\",\"message\":\"GET https://images.invalid/missing.jpg returned 404\"}}]}");
    assertThat(prediction.commands).singleElement().satisfies(command -> {
      assertThat(command.appId().value()).isEqualTo(7);
      assertThat(command.images()).containsExactly(
          ImageReference.parse("https://images.invalid/a.jpg"), ImageReference.parse("https://images.invalid/missing.jpg"));
      assertThat(command.confidence().value()).isEqualTo(0.5);
      assertThat(command.overlap().value()).isEqualTo(0.3);
      assertThat(command.modelName().value()).isEqualTo("cells-small-1");
    });
  }

  @Test
  void predictUsesContractDefaultThresholds() {
    // given
    prediction.behaviour = command -> List.of(ImageAnnotations.annotated(command.images().get(0), 10, 10, List.of()));

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict",
        "{\"app_id\": 7, \"image_urls\": [\"https://images.invalid/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(prediction.commands).singleElement().satisfies(command -> {
      assertThat(command.confidence().value()).isEqualTo(0.25);
      assertThat(command.overlap().value()).isEqualTo(0.45);
    });
  }

  @Test
  void missingFieldsReturn400PerField() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_save_name\": \"x\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"invalid fields model_type, project_id: "
        + "model_type is required; project_id is required\",\"errors\":{\"model_type\":\"model_type is required\","
        + "\"project_id\":\"project_id is required\"}}");
    assertThat(training.commands).isEmpty();
  }

  @Test
  void wrongTypeReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": \"12\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"project_id must be an integer, got a string\","
        + "\"errors\":{\"project_id\":\"project_id must be an integer, got a string\"}}");
  }

  @Test
  void fractionalIdReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": 1.5}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"errors\":{\"project_id\":\"project_id must be an integer, got 1.5\"}");
  }

  @Test
  void unknownModelTypeReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"huge\", \"project_id\": 12}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"model_type must be one of 'small', 'medium', "
        + "'large', got 'huge'\",\"errors\":{\"model_type\":\"model_type must be one of 'small', 'medium', 'large', "
        + "got 'huge'\"}}");
  }

  @Test
  void nonPositiveProjectIdReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", \"project_id\": 0}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"errors\":{\"project_id\":\"project_id must be a positive integer, got 0\"}");
  }

  @Test
  void thresholdOutOfRangeReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", "{\"app_id\": 7, \"image_urls\": "
        + "[\"https://images.invalid/a.jpg\"], \"overlap_thresh\": 1.5, \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"overlap_thresh must be between 0 and 1, got 1.5\","
        + "\"errors\":{\"overlap_thresh\":\"overlap_thresh must be between 0 and 1, got 1.5\"}}");
    assertThat(prediction.commands).isEmpty();
  }

  @Test
  void emptyImageListReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 7, \"image_urls\": [], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"errors\":{\"image_urls\":\"image_urls must be a non-empty list of image URLs, got []\"}");
  }

  @Test
  void unsupportedImageSchemeReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 7, \"image_urls\": [\"ftp://images.invalid/a.jpg\"], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("\"errors\":{\"image_urls\":\"image_urls must be an absolute http, https or file URI, "
        + "got 'ftp://images.invalid/a.jpg'\"}");
  }

  @Test
  void malformedJsonReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "{\"model_type\": \"small\", ");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).startsWith("{\"status\":false,\"message\":\"request body is not valid JSON");
  }

  @Test
  void nonObjectBodyReturns400() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", "[1, 2]");

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"request body must be a JSON object, got an array\"}");
  }

  @Test
  void useCaseInvalidValueNamesField() {
    // given
    training.behaviour = (command, listener) -> {
      throw new InvalidValueException("model_save_name", "model_save_name must differ from model_load_name");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", TRAIN_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"model_save_name must differ from model_load_name\","
        + "\"errors\":{\"model_save_name\":\"model_save_name must differ from model_load_name\"}}");
  }

  @Test
  void missingKeyReturns401() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", TRAIN_BODY, null);

    // then
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"missing X-AUG-KEY header: send one of the "
        + "server's API keys\"}");
    assertThat(training.commands).isEmpty();
  }

  @Test
  void wrongKeyReturns401() {
    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", PREDICT_BODY, "not-the-key");

    // then
    assertThat(response.statusCode()).isEqualTo(401);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"invalid X-AUG-KEY header: the key does not "
        + "match any of the server's API keys\"}");
    assertThat(prediction.commands).isEmpty();
  }

  @Test
  void unknownModelReturns404() {
    // given
    prediction.behaviour = command -> {
      throw new NotFoundException("model 'm' not found; the workspace has no saved models");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", PREDICT_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"model 'm' not found; the workspace has no saved models\"}");
  }

  @Test
  void existingSaveNameReturns409() {
    // given
    training.behaviour = (command, listener) -> {
      throw new ConflictException("model 'cells-small-1' already exists; choose another model_save_name");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", TRAIN_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"model 'cells-small-1' already exists; "
        + "choose another model_save_name\"}");
  }

  @Test
  void tooManyImagesReturns413() {
    // given
    StringBuilder urls = new StringBuilder();
    for (int i = 0; i < 65; i++) {
      urls.append(i == 0 ? "" : ",").append("\"https://images.invalid/").append(i).append(".jpg\"");
    }

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/",
        "{\"app_id\": 7, \"image_urls\": [" + urls + "], \"model_name\": \"m\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(413);
    String message = "image_urls has 65 entries, but this server accepts at most 64 images per request: split the batch";
    assertThat(response.body()).isEqualTo(
        "{\"status\":false,\"message\":\"" + message + "\",\"errors\":{\"image_urls\":\"" + message + "\"}}");
    assertThat(prediction.commands).isEmpty();
  }

  @Test
  void bodyOverLimitReturns413() {
    // given
    String padding = "x".repeat(1024 * 1024);

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/",
        "{\"model_type\": \"small\", \"project_id\": 12, \"padding\": \"" + padding + "\"}");

    // then
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo(
        "{\"status\":false,\"message\":\"request body is larger than this server's limit of 1048576 bytes\"}");
    assertThat(training.commands).isEmpty();
  }

  @Test
  void chunkedBodyOverLimitReturns413() throws Exception {
    // given: a body sent without Content-Length, so only counting the bytes can enforce the limit
    byte[] body = ("{\"model_type\": \"small\", \"project_id\": 12, \"padding\": \""
        + "x".repeat(1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpRequest request = HttpRequest.newBuilder(server.baseUri().resolve("/api/v1/label/model/train/"))
        .header("X-AUG-KEY", HttpCalls.KEY)
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body)))
        .build();

    // when
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());

    // then
    assertThat(request.bodyPublisher().orElseThrow().contentLength()).isEqualTo(-1);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).isEqualTo(
        "{\"status\":false,\"message\":\"request body is larger than this server's limit of 1048576 bytes\"}");
    assertThat(training.commands).isEmpty();
  }

  @Test
  void unexpectedFailureHidesStackTrace() {
    // given
    prediction.behaviour = command -> {
      throw new IllegalStateException("secret internal detail");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/predict/", PREDICT_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).matches(
        "\\{\"status\":false,\"message\":\"internal server error: the server log has the details \\(incident [0-9a-f]{8}\\)\"}");
    assertThat(response.body()).doesNotContain("secret", "IllegalStateException", "at ai.autogon");
  }

  @Test
  void backendFailureReturns500WithMessage() {
    // given
    training.behaviour = (command, listener) -> {
      throw new LabelException("project 12 has no labelled images to train on");
    };

    // when
    HttpResponse<String> response = http.post("/api/v1/label/model/train/", TRAIN_BODY);

    // then
    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).matches("\\{\"status\":false,\"message\":\"project 12 has no labelled images to train on "
        + "\\(incident [0-9a-f]{8}\\)\"}");
  }

  @Test
  void unknownPathReturns404Envelope() {
    // when
    HttpResponse<String> response = http.get("/api/v1/label/model/nothing");

    // then
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).startsWith("{\"status\":false,\"message\":\"");
  }

  @Test
  void healthNeedsNoKey() {
    // when
    HttpResponse<String> health = http.get("/health", null);

    // then
    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).isEqualTo(
        "{\"status\":true,\"message\":\"ok\",\"data\":{\"training_running\":false,\"training_queued\":0}}");
  }

  @Test
  void wrongMethodReturns404Envelope() {
    // when
    HttpResponse<String> response = http.post("/health", "", null);

    // then
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.body()).isEqualTo("{\"status\":false,\"message\":\"Endpoint POST /health not found\"}");
  }
}
