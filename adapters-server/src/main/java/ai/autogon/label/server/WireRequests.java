package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.application.TrainModelCommand;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.training.TrainingOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns wire request bodies into use case commands, reporting every invalid field at once. */
final class WireRequests {
  private WireRequests() {}

  /**
   * Reads a train request body.
   *
   * @throws ApiException with status 400 naming each missing, mistyped or out-of-range field
   */
  static TrainModelCommand trainCommand(byte[] body) {
    JsonFields fields = JsonFields.parse(body);

    Optional<ModelType> modelType = fields.requiredString("model_type").flatMap(text -> convert(fields, "model_type", text, ModelType::parse));
    Optional<ProjectId> projectId = fields.requiredLong("project_id").flatMap(id -> convert(fields, "project_id", id, ProjectId::of));
    Optional<ModelName> loadName = fields.optionalString("model_load_name")
        .flatMap(text -> convert(fields, "model_load_name", text, name -> ModelName.parse("model_load_name", name)));
    Optional<ModelName> saveName = fields.optionalString("model_save_name")
        .flatMap(text -> convert(fields, "model_save_name", text, name -> ModelName.parse("model_save_name", name)));

    rejectInvalid(fields);
    return new TrainModelCommand(modelType.get(), projectId.get(), loadName, saveName, TrainingOptions.defaults());
  }

  /**
   * Reads a predict request body.
   *
   * @throws ApiException with status 400 naming each missing, mistyped or out-of-range field, or 413 when
   *     {@code image_urls} has more than {@code maxImages} entries
   */
  static PredictAnnotationsCommand predictCommand(byte[] body, int maxImages) {
    JsonFields fields = JsonFields.parse(body);

    Optional<AppId> appId = fields.requiredLong("app_id").flatMap(id -> convert(fields, "app_id", id, AppId::of));
    Optional<List<String>> urls = fields.requiredStringList("image_urls");
    if (urls.isPresent() && urls.get().size() > maxImages) {
      String message = "image_urls has " + urls.get().size() + " entries, but this server accepts at most "
          + maxImages + " images per request: split the batch";
      throw new ApiException(413, message, Map.of("image_urls", message));
    }
    Optional<List<ImageReference>> images = urls.flatMap(list -> imageReferences(fields, list));
    Optional<ConfidenceThreshold> confidence = fields.optionalDouble("confidence_thresh")
        .map(value -> convert(fields, "confidence_thresh", value, ConfidenceThreshold::of))
        .orElse(Optional.of(ConfidenceThreshold.DEFAULT));
    Optional<OverlapThreshold> overlap = fields.optionalDouble("overlap_thresh")
        .map(value -> convert(fields, "overlap_thresh", value, OverlapThreshold::of))
        .orElse(Optional.of(OverlapThreshold.DEFAULT));
    Optional<ModelName> modelName = fields.requiredString("model_name")
        .flatMap(text -> convert(fields, "model_name", text, name -> ModelName.parse("model_name", name)));

    rejectInvalid(fields);
    return new PredictAnnotationsCommand(
        appId.get(), images.get(), confidence.get(), overlap.get(), modelName.get(),
        PredictionRequest.DEFAULT_MAX_DETECTIONS, false);
  }

  private static Optional<List<ImageReference>> imageReferences(JsonFields fields, List<String> urls) {
    if (urls.isEmpty()) {
      fields.addError("image_urls", "image_urls must be a non-empty list of image URLs, got []");
      return Optional.empty();
    }
    List<ImageReference> images = new ArrayList<>(urls.size());
    for (String url : urls) {
      Optional<ImageReference> image = convert(fields, "image_urls", url, ImageReference::parse);
      if (image.isEmpty()) {
        return Optional.empty();
      }
      images.add(image.get());
    }
    return Optional.of(images);
  }

  /** Applies a domain factory, recording its {@link InvalidValueException} under the field it names. */
  private static <T, R> Optional<R> convert(JsonFields fields, String field, T value, Function<T, R> factory) {
    try {
      return Optional.of(factory.apply(value));
    } catch (InvalidValueException e) {
      fields.addError(e.field().isEmpty() ? field : e.field(), e.getMessage());
      return Optional.empty();
    }
  }

  private static void rejectInvalid(JsonFields fields) {
    Map<String, String> errors = fields.errors();
    if (errors.isEmpty()) {
      return;
    }
    String message = errors.size() == 1
        ? errors.values().iterator().next()
        : "invalid fields " + errors.keySet().stream().collect(Collectors.joining(", ")) + ": "
            + String.join("; ", errors.values());
    throw new ApiException(400, message, errors);
  }
}
