package ai.autogon.label.http;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingRequest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the {@code data} of a training response to a {@link TrainedModel}.
 *
 * <p>The service has already saved the model when it responds, so only a missing or invalid model name fails the
 * call. Other missing or invalid fields fall back to the request's values, zero or now, with a warning.
 */
final class TrainedModelMapper {
  private static final Logger LOG = LoggerFactory.getLogger(TrainedModelMapper.class);

  private final JsonAdapter<TrainedModelJson> adapter;
  private final RemoteFailures failures;

  TrainedModelMapper(Moshi moshi, RemoteFailures failures) {
    this.adapter = moshi.adapter(TrainedModelJson.class);
    this.failures = failures;
  }

  TrainedModel map(TrainingRequest request, ResponseData response) {
    TrainedModelJson json = parse(response);

    ModelName name = modelName(request, json, response.httpStatus());
    return new TrainedModel(
        name,
        modelType(request, json),
        projectId(request, json),
        baseModel(request, json),
        classNames(json.classNames),
        orZero(json.epochs),
        orZero(json.trainImages),
        orZero(json.valImages),
        trainingTime(json.trainingSeconds),
        createdAt(json.createdAt),
        metrics(json.metrics),
        Optional.empty());
  }

  private TrainedModelJson parse(ResponseData response) {
    if (!(response.data() instanceof Map<?, ?>)) {
      throw failures.invalidResponse(Endpoint.TRAIN, response.httpStatus(), "data is not an object", null);
    }
    try {
      return adapter.fromJsonValue(response.data());
    } catch (JsonDataException e) {
      // Moshi's paths start at the data object, for example "$.metrics.precision".
      throw failures.invalidResponse(
          Endpoint.TRAIN, response.httpStatus(), "data does not match the contract: " + e.getMessage(), e);
    }
  }

  private ModelName modelName(TrainingRequest request, TrainedModelJson json, int httpStatus) {
    if (json.modelName == null) {
      return request.modelSaveName().orElseThrow(() -> failures.invalidResponse(
          Endpoint.TRAIN, httpStatus,
          "data has no model_name and the request set no model_save_name, so the trained model's name is unknown",
          null));
    }
    try {
      return ModelName.parse("model_name", json.modelName);
    } catch (InvalidValueException e) {
      throw failures.invalidResponse(Endpoint.TRAIN, httpStatus, e.getMessage(), e);
    }
  }

  private static ModelType modelType(TrainingRequest request, TrainedModelJson json) {
    if (json.modelType == null) {
      return request.modelType();
    }
    try {
      return ModelType.parse(json.modelType);
    } catch (InvalidValueException e) {
      LOG.warn("Ignoring the model_type of the training response, using '{}': {}",
          request.modelType().wireName(), e.getMessage());
      return request.modelType();
    }
  }

  private static ProjectId projectId(TrainingRequest request, TrainedModelJson json) {
    if (json.projectId == null) {
      return request.projectId();
    }
    try {
      return ProjectId.of(json.projectId);
    } catch (InvalidValueException e) {
      LOG.warn("Ignoring the project_id of the training response, using {}: {}", request.projectId(), e.getMessage());
      return request.projectId();
    }
  }

  private static Optional<ModelName> baseModel(TrainingRequest request, TrainedModelJson json) {
    if (json.modelLoadName == null) {
      return request.modelLoadName();
    }
    try {
      return Optional.of(ModelName.parse("model_load_name", json.modelLoadName));
    } catch (InvalidValueException e) {
      LOG.warn("Ignoring the model_load_name of the training response: {}", e.getMessage());
      return request.modelLoadName();
    }
  }

  private static List<String> classNames(List<String> names) {
    if (names == null) {
      return List.of();
    }
    return names.stream().filter(Objects::nonNull).toList();
  }

  private static Duration trainingTime(Double seconds) {
    if (seconds == null) {
      return Duration.ZERO;
    }
    if (!(seconds >= 0) || seconds.isInfinite()) {
      LOG.warn("Ignoring training_seconds {} of the training response: expected a non-negative number", seconds);
      return Duration.ZERO;
    }
    return Duration.ofNanos(Math.round(seconds * 1e9));
  }

  private static Instant createdAt(String text) {
    if (text == null) {
      return Instant.now();
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException withoutOffset) {
      try {
        // NOTE: a timestamp without offset is read as UTC, the zone the service is expected to report in.
        return LocalDateTime.parse(text).toInstant(ZoneOffset.UTC);
      } catch (DateTimeParseException e) {
        LOG.warn("Ignoring created_at '{}' of the training response, using the current time: "
            + "expected an ISO-8601 timestamp such as 2026-12-04T20:00:00Z", text);
        return Instant.now();
      }
    }
  }

  private static ModelMetrics metrics(TrainedModelJson.MetricsJson json) {
    if (json == null) {
      return ModelMetrics.empty();
    }
    List<ClassMetrics> perClass = new ArrayList<>();
    if (json.perClass != null) {
      for (TrainedModelJson.ClassMetricsJson entry : json.perClass) {
        classMetrics(entry).ifPresent(perClass::add);
      }
    }
    return new ModelMetrics(
        orZero(json.precision), orZero(json.recall), orZero(json.map50), orZero(json.map50to95), perClass);
  }

  private static Optional<ClassMetrics> classMetrics(TrainedModelJson.ClassMetricsJson entry) {
    if (entry == null || entry.label == null || entry.label.isBlank()) {
      LOG.warn("Ignoring a per_class entry of the training response without a label");
      return Optional.empty();
    }
    try {
      return Optional.of(new ClassMetrics(
          entry.label, orZero(entry.instances), orZero(entry.precision), orZero(entry.recall),
          orZero(entry.ap50), orZero(entry.ap50to95)));
    } catch (IllegalArgumentException e) {
      LOG.warn("Ignoring the per_class entry '{}' of the training response: {}", entry.label, e.getMessage());
      return Optional.empty();
    }
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }

  private static double orZero(Double value) {
    return value == null ? 0 : value;
  }
}
