package ai.autogon.label.http;

import com.squareup.moshi.Json;
import java.util.List;

/** The {@code data} object of a training response. A missing field is {@code null}. */
final class TrainedModelJson {
  @Json(name = "model_name")
  String modelName;

  @Json(name = "model_type")
  String modelType;

  @Json(name = "project_id")
  Long projectId;

  @Json(name = "model_load_name")
  String modelLoadName;

  @Json(name = "class_names")
  List<String> classNames;

  Integer epochs;

  @Json(name = "train_images")
  Integer trainImages;

  @Json(name = "val_images")
  Integer valImages;

  @Json(name = "training_seconds")
  Double trainingSeconds;

  @Json(name = "created_at")
  String createdAt;

  MetricsJson metrics;

  /** Overall and per-class validation metrics. */
  static final class MetricsJson {
    Double precision;
    Double recall;
    Double map50;

    @Json(name = "map50_95")
    Double map50to95;

    @Json(name = "per_class")
    List<ClassMetricsJson> perClass;
  }

  /** Validation metrics of one class. */
  static final class ClassMetricsJson {
    String label;
    Integer instances;
    Double precision;
    Double recall;
    Double ap50;

    @Json(name = "ap50_95")
    Double ap50to95;
  }
}
