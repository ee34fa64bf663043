package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.RemoteServiceException;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingListener;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.domain.training.TrainingProgress;
import ai.autogon.label.domain.training.TrainingRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemoteTrainingTest {
  private static final String CONTRACT_RESPONSE = """
      {
        "status": true,
        "message": "model trained",
        "request_id": "r-81",
        "data": {
          "model_name": "cells-small-1",
          "model_type": "small",
          "project_id": 12,
          "model_load_name": null,
          "epochs": 60,
          "train_images": 205,
          "val_images": 87,
          "training_seconds": 812.4,
          "created_at": "2026-12-04T20:00:00Z",
          "gpu": {"name": "unknown to the client"},
          "metrics": {
            "precision": 0.81, "recall": 0.77, "map50": 0.83, "map50_95": 0.52, "fitness": 0.55,
            "per_class": [
              {"label": "WBC", "instances": 21, "precision": 0.95, "recall": 0.97, "ap50": 0.98, "ap50_95": 0.71}
            ]
          }
        }
      }
      """;

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
  void trainSendsNullLoadNameForFreshModel() throws Exception {
    // given
    service.respond(201, CONTRACT_RESPONSE);
    TrainingRequest request = fresh(Optional.empty());

    // when
    service.client().train(request, TrainingListener.NONE);

    // then
    RecordedRequest recorded = service.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getPath()).isEqualTo("/api/v1/label/model/train/");
    assertThat(recorded.getHeader("X-AUG-KEY")).isEqualTo(MockLabelService.API_KEY);
    assertThat(recorded.getHeader("Content-Type")).startsWith("application/json");
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("model_type", "small");
    expected.put("project_id", 12.0);
    expected.put("model_load_name", null);
    assertThat(MockLabelService.jsonBody(recorded)).isEqualTo(expected);
  }

  @Test
  void trainSendsLoadAndSaveNamesWhenRetraining() throws Exception {
    // given
    service.respond(201, CONTRACT_RESPONSE);
    TrainingRequest request = new TrainingRequest(
        ModelType.LARGE, ProjectId.of(7), Optional.of(ModelName.of("cells-v1")), Optional.of(ModelName.of("cells-v2")),
        TrainingOptions.defaults());

    // when
    service.client().train(request, TrainingListener.NONE);

    // then
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("model_type", "large");
    expected.put("project_id", 7.0);
    expected.put("model_load_name", "cells-v1");
    expected.put("model_save_name", "cells-v2");
    assertThat(MockLabelService.jsonBody(service.takeRequest())).isEqualTo(expected);
  }

  @Test
  void trainWorksWithoutTrailingSlash() throws Exception {
    // given
    service.respond(201, CONTRACT_RESPONSE);
    String withoutSlash = service.baseUrl().substring(0, service.baseUrl().length() - 1);
    RemoteLabelModelClient client = RemoteLabelModelClient.create(service.config().baseUrl(withoutSlash).build());

    // when
    client.train(fresh(Optional.empty()), TrainingListener.NONE);

    // then
    assertThat(service.takeRequest().getPath()).isEqualTo("/api/v1/label/model/train/");
  }

  @Test
  void trainMapsContractResponse() {
    // given
    service.respond(201, CONTRACT_RESPONSE);

    // when
    TrainedModel model = service.client().train(fresh(Optional.empty()), TrainingListener.NONE);

    // then
    TrainedModel expected = new TrainedModel(
        ModelName.of("cells-small-1"),
        ModelType.SMALL,
        ProjectId.of(12),
        Optional.empty(),
        List.of(),
        60,
        205,
        87,
        Duration.ofMillis(812_400),
        Instant.parse("2026-12-04T20:00:00Z"),
        new ModelMetrics(0.81, 0.77, 0.83, 0.52, List.of(new ClassMetrics("WBC", 21, 0.95, 0.97, 0.98, 0.71))),
        Optional.empty());
    assertThat(model).isEqualTo(expected);
  }

  @Test
  void trainReadsClassNamesAndOffsetTimestamp() {
    // given
    service.respond(201, """
        {"status": true, "data": {"model_name": "cells-small-1", "class_names": ["RBC", "WBC", "Platelets"],
         "created_at": "2026-12-04T21:00:00+01:00"}}
        """);

    // when
    TrainedModel model = service.client().train(fresh(Optional.empty()), TrainingListener.NONE);

    // then
    assertThat(model.classNames()).containsExactly("RBC", "WBC", "Platelets");
    assertThat(model.createdAt()).isEqualTo(Instant.parse("2026-12-04T20:00:00Z"));
  }

  @Test
  void trainFallsBackToRequestForMissingFields() {
    // given
    service.respond(201, """
        {"status": true, "data": {}}
        """);
    TrainingRequest request = fresh(Optional.of(ModelName.of("cells-small-2")));
    Instant before = Instant.now();

    // when
    TrainedModel model = service.client().train(request, TrainingListener.NONE);

    // then
    assertThat(model.name()).isEqualTo(ModelName.of("cells-small-2"));
    assertThat(model.type()).isEqualTo(ModelType.SMALL);
    assertThat(model.projectId()).isEqualTo(ProjectId.of(12));
    assertThat(model.baseModel()).isEmpty();
    assertThat(model.classNames()).isEmpty();
    assertThat(model.epochs()).isZero();
    assertThat(model.trainingTime()).isEqualTo(Duration.ZERO);
    assertThat(model.createdAt()).isBetween(before, Instant.now());
    assertThat(model.metrics()).isEqualTo(ModelMetrics.empty());
    assertThat(model.networkSize()).isEmpty();
  }

  @Test
  void trainRejectsResponseWithoutAnyModelName() {
    // given
    service.respond(201, """
        {"status": true, "message": "model trained", "data": {"epochs": 60}}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().train(fresh(Optional.empty()), TrainingListener.NONE))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid train response "
            + "(HTTP 201): data has no model_name and the request set no model_save_name, so the trained model's "
            + "name is unknown");
  }

  @Test
  void trainRejectsInvalidModelNameFromService() {
    // given
    service.respond(201, """
        {"status": true, "data": {"model_name": "../escape"}}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().train(fresh(Optional.empty()), TrainingListener.NONE))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid train response "
            + "(HTTP 201): model_name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not starting "
            + "with '.', got '../escape'");
  }

  @Test
  void trainRejectsSuccessWithoutData() {
    // given
    service.respond(201, """
        {"status": true, "message": "model trained"}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().train(fresh(Optional.empty()), TrainingListener.NONE))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid train response "
            + "(HTTP 201): the body has no 'data'");
  }

  @Test
  void trainRejectsDataOfWrongType() {
    // given
    service.respond(201, """
        {"status": true, "data": {"model_name": "cells-small-1", "epochs": "sixty"}}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().train(fresh(Optional.empty()), TrainingListener.NONE))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid train response "
            + "(HTTP 201): data does not match the contract: "
            + "Expected NUMBER but was sixty, a java.lang.String, at path $.epochs");
  }

  @Test
  void trainNotRetriedAfterDisconnect() {
    // given
    service.respond(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    service.respond(201, CONTRACT_RESPONSE);

    // when / then
    assertThatThrownBy(() -> service.client().train(fresh(Optional.empty()), TrainingListener.NONE))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The train request to the label-model service at " + service.baseUrl() + " failed before a "
            + "response arrived: unexpected end of stream on " + service.baseUrl().replace("api/v1/", "") + "...");
    assertThat(service.requestCount()).isEqualTo(1);
  }

  @Test
  void trainNoticesOptionsTheServiceIgnores() {
    // given
    service.respond(201, CONTRACT_RESPONSE);
    TrainingOptions options = TrainingOptions.defaults().withEpochs(50).withSeed(7).withOverwrite(true);
    TrainingRequest request = new TrainingRequest(
        ModelType.SMALL, ProjectId.of(12), Optional.empty(), Optional.empty(), options);
    RecordingListener listener = new RecordingListener();

    // when
    service.client().train(request, listener);

    // then
    assertThat(listener.notices()).containsExactly(
        "The remote service chooses these training settings itself and ignores the given epochs=50, seed=7, overwrite");
  }

  @Test
  void trainSendsNoNoticeForDefaultOptions() {
    // given
    service.respond(201, CONTRACT_RESPONSE);
    RecordingListener listener = new RecordingListener();

    // when
    service.client().train(fresh(Optional.empty()), listener);

    // then
    assertThat(listener.notices()).isEmpty();
  }

  /** Collects the notices of a training run. */
  private static final class RecordingListener implements TrainingListener {
    private final List<String> notices = new ArrayList<>();

    @Override
    public void onProgress(TrainingProgress progress) {}

    @Override
    public void onNotice(String message) {
      notices.add(message);
    }

    List<String> notices() {
      return notices;
    }
  }

  private static TrainingRequest fresh(Optional<ModelName> saveName) {
    return new TrainingRequest(
        ModelType.SMALL, ProjectId.of(12), Optional.empty(), saveName, TrainingOptions.defaults());
  }
}
