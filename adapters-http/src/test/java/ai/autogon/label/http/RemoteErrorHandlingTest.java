package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ai.autogon.label.domain.error.RemoteServiceException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteErrorHandlingTest {
  private static final TrainingRequest TRAIN = new TrainingRequest(
      ModelType.SMALL, ProjectId.of(12), Optional.empty(), Optional.of(ModelName.of("cells-small-1")),
      TrainingOptions.defaults());
  private static final PredictionRequest PREDICT = PredictionRequest.of(
      AppId.of(34), List.of(ImageReference.parse("https://example.org/a.jpg")), ModelName.of("cells-small-1"));

  private MockLabelService service;

  @BeforeEach
  void startService() throws Exception {
    service = new MockLabelService();
  }

  @AfterEach
  void stopService() throws Exception {
    service.close();
  }

  @Test
  void badRequestCarriesFieldErrors() {
    // given
    service.respond(400, """
        {"status": false, "message": "invalid request",
         "errors": {"model_type": "must be one of small, medium, large",
                    "project_id": ["must be positive", "required"]}}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage(
        "invalid request (model_type: must be one of small, medium, large; project_id: must be positive; required)");
    assertThat(failure.httpStatus()).hasValue(400);
    assertThat(failure.fieldErrors()).isEqualTo(Map.of(
        "model_type", "must be one of small, medium, large", "project_id", "must be positive; required"));
  }

  @Test
  void notFoundCarriesServerMessage() {
    // given
    service.respond(404, """
        {"status": false, "message": "model cells-small-1 not found for app 34"}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    assertThat(failure).hasMessage("model cells-small-1 not found for app 34");
    assertThat(failure.httpStatus()).hasValue(404);
    assertThat(failure.fieldErrors()).isEmpty();
  }

  @Test
  void conflictCarriesServerMessage() {
    // given
    service.respond(409, """
        {"status": false, "message": "a model named cells-small-1 already exists"}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage("a model named cells-small-1 already exists");
    assertThat(failure.httpStatus()).hasValue(409);
  }

  @Test
  void errorStatusWithoutMessageNamesStatus() {
    // given
    service.respond(500, """
        {"status": false}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage(
        "The label-model service at " + service.baseUrl() + " rejected the train request with HTTP 500 and no message");
    assertThat(failure.httpStatus()).hasValue(500);
  }

  @Test
  void stringFalseStatusInSuccessIsFailure() {
    // given
    service.respond(200, """
        {"status": "false", "message": "app 34 has no model cells-small-1", "data": []}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    assertThat(failure).hasMessage("app 34 has no model cells-small-1");
    assertThat(failure.httpStatus()).hasValue(200);
  }

  @Test
  void booleanFalseStatusInSuccessIsFailure() {
    // given
    service.respond(201, """
        {"status": false, "message": "project 12 has no labelled images"}
        """);

    // when
    RemoteServiceException failure = failure(() -> service.client().train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage("project 12 has no labelled images");
    assertThat(failure.httpStatus()).hasValue(201);
  }

  @Test
  void htmlErrorPageReportedAsNonJson() {
    // given
    service.respond(new MockResponse()
        .setResponseCode(502)
        .setHeader("Content-Type", "text/html")
        .setBody("<html><head><title>502 Bad Gateway</title><style>body { color: red; }</style></head>\n"
            + "<body><h1>502 Bad Gateway</h1><hr><center>nginx</center></body></html>"));

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    assertThat(failure).hasMessage("The label-model service at " + service.baseUrl()
        + " responded to the predict request with HTTP 502 and a non-JSON body: 502 Bad Gateway 502 Bad Gateway nginx");
    assertThat(failure.httpStatus()).hasValue(502);
  }

  @Test
  void plainTextSuccessReportedAsNonJson() {
    // given
    service.respond(new MockResponse().setResponseCode(200).setBody("OK, model queued"));

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    assertThat(failure).hasMessage("The label-model service at " + service.baseUrl()
        + " responded to the predict request with HTTP 200 and a non-JSON body: OK, model queued");
  }

  @Test
  void emptyBodyIsReported() {
    // given
    service.respond(new MockResponse().setResponseCode(503));

    // when
    RemoteServiceException failure = failure(() -> service.client().train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage("The label-model service at " + service.baseUrl()
        + " responded to the train request with HTTP 503 and an empty body");
    assertThat(failure.httpStatus()).hasValue(503);
  }

  @Test
  void redirectIsNotFollowed() {
    // given
    service.respond(new MockResponse().setResponseCode(301).setHeader("Location", "/v2/label/model/predict/"));

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    String root = service.baseUrl().replace("/api/v1/", "");
    assertThat(failure).hasMessage("The label-model service at " + service.baseUrl()
        + " responded to the predict request with HTTP 301 and a redirect to " + root + "/v2/label/model/predict/."
        + " Set the base URL to the address the service expects");
    assertThat(service.requestCount()).isEqualTo(1);
  }

  @Test
  void refusedConnectionNamesBaseUrl() throws Exception {
    // given
    RemoteLabelModelConfig config = service.config().build();
    service.close();

    // when
    RemoteServiceException failure = failure(() -> RemoteLabelModelClient.create(config).predict(PREDICT));

    // then
    assertThat(failure).hasMessage("Could not reach the label-model service at " + config.baseUrl()
        + " (Connection refused). Check the base URL, that the service is running and that no firewall or proxy "
        + "blocks the connection");
    assertThat(failure.httpStatus()).isEmpty();
  }

  @Test
  void predictTimeoutNamesPredictReadTimeout() {
    // given
    service.respond(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    RemoteLabelModelClient client =
        RemoteLabelModelClient.create(service.config().predictReadTimeout(Duration.ofMillis(300)).build());

    // when
    RemoteServiceException failure = failure(() -> client.predict(PREDICT));

    // then
    assertThat(failure).hasMessage("The predict request to the label-model service at " + service.baseUrl()
        + " timed out: no data arrived within the predict read timeout of 300 ms. Raise the predict read timeout if "
        + "the service needs longer");
    assertThat(failure.httpStatus()).isEmpty();
  }

  @Test
  void trainTimeoutNamesTrainReadTimeout() {
    // given
    service.respond(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    RemoteLabelModelClient client =
        RemoteLabelModelClient.create(service.config().trainReadTimeout(Duration.ofMillis(400)).build());

    // when
    RemoteServiceException failure = failure(() -> client.train(TRAIN, TrainingListener.NONE));

    // then
    assertThat(failure).hasMessage("The train request to the label-model service at " + service.baseUrl()
        + " timed out: no data arrived within the train read timeout of 400 ms. Raise the train read timeout if "
        + "the service needs longer");
  }

  @Test
  void echoedApiKeyIsRedacted() {
    // given
    service.respond(401, "{\"status\": false, \"message\": \"API key " + MockLabelService.API_KEY
        + " is not valid\", \"errors\": {\"X-AUG-KEY\": \"unknown key " + MockLabelService.API_KEY + "\"}}");

    // when
    RemoteServiceException failure = failure(() -> service.client().predict(PREDICT));

    // then
    assertThat(failure).hasMessage(
        "API key (redacted API key) is not valid (X-AUG-KEY: unknown key (redacted API key))");
    assertThat(failure.fieldErrors()).isEqualTo(Map.of("X-AUG-KEY", "unknown key (redacted API key)"));
  }

  @Test
  void debugLogOmitsApiKey() throws Exception {
    // given
    service.respond(401, "{\"status\": false, \"message\": \"API key " + MockLabelService.API_KEY + " is not valid\"}");

    // when
    failure(() -> service.client().predict(PREDICT));

    // then
    String log = Files.readString(Path.of("target/adapters-http-test.log"), StandardCharsets.UTF_8);
    assertThat(log).contains("Sending POST " + service.baseUrl() + "label/model/predict/");
    assertThat(log).contains("Received HTTP 401 for POST " + service.baseUrl() + "label/model/predict/");
    assertThat(log).doesNotContain(MockLabelService.API_KEY);
  }

  /** Runs a call that must fail, and checks that the failure never shows the API key. */
  private static RemoteServiceException failure(ThrowingCallable call) {
    RemoteServiceException failure = catchThrowableOfType(RemoteServiceException.class, call);
    assertThat(failure).as("expected a RemoteServiceException").isNotNull();
    assertThat(failure.getMessage()).doesNotContain(MockLabelService.API_KEY);
    assertThat(failure.fieldErrors().toString()).doesNotContain(MockLabelService.API_KEY);
    return failure;
  }
}
