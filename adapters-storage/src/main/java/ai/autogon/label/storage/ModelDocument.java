package ai.autogon.label.storage;

import static ai.autogon.label.storage.ProjectDocument.orEmpty;
import static ai.autogon.label.storage.ProjectDocument.required;

import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.model.NetworkSize;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.project.ProjectId;
import com.squareup.moshi.Json;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Content of {@code models/<name>/model.json}, mapped to and from {@link TrainedModel}. */
final class ModelDocument {
  @Json(name = "format_version") final Integer formatVersion;
  final String name;
  final String type;
  @Json(name = "project_id") final Long projectId;
  @Json(name = "base_model") final String baseModel;
  @Json(name = "class_names") final List<String> classNames;
  final Integer epochs;
  @Json(name = "train_images") final Integer trainImages;
  @Json(name = "val_images") final Integer valImages;
  @Json(name = "training_seconds") final Double trainingSeconds;
  @Json(name = "created_at") final String createdAt;
  final MetricsEntry metrics;
  @Json(name = "network_size") final NetworkEntry networkSize;

  ModelDocument(Integer formatVersion, String name, String type, Long projectId, String baseModel, List<String> classNames, Integer epochs, Integer trainImages, Integer valImages, Double trainingSeconds, String createdAt, MetricsEntry metrics, NetworkEntry networkSize) {
    this.formatVersion = formatVersion;
    this.name = name;
    this.type = type;
    this.projectId = projectId;
    this.baseModel = baseModel;
    this.classNames = classNames;
    this.epochs = epochs;
    this.trainImages = trainImages;
    this.valImages = valImages;
    this.trainingSeconds = trainingSeconds;
    this.createdAt = createdAt;
    this.metrics = metrics;
    this.networkSize = networkSize;
  }

  Integer formatVersion() {
    return formatVersion;
  }

  String name() {
    return name;
  }

  String type() {
    return type;
  }

  Long projectId() {
    return projectId;
  }

  String baseModel() {
    return baseModel;
  }

  List<String> classNames() {
    return classNames;
  }

  Integer epochs() {
    return epochs;
  }

  Integer trainImages() {
    return trainImages;
  }

  Integer valImages() {
    return valImages;
  }

  Double trainingSeconds() {
    return trainingSeconds;
  }

  String createdAt() {
    return createdAt;
  }

  MetricsEntry metrics() {
    return metrics;
  }

  NetworkEntry networkSize() {
    return networkSize;
  }


  static final int FORMAT_VERSION = 1;

  /** Validation metrics, overall and per class. */
  static final class MetricsEntry {
    final Double precision;
    final Double recall;
    final Double map50;
    @Json(name = "map50_95") final Double map50to95;
    @Json(name = "per_class") final List<ClassEntry> perClass;

    MetricsEntry(Double precision, Double recall, Double map50, Double map50to95, List<ClassEntry> perClass) {
      this.precision = precision;
      this.recall = recall;
      this.map50 = map50;
      this.map50to95 = map50to95;
      this.perClass = perClass;
    }

    Double precision() {
      return precision;
    }

    Double recall() {
      return recall;
    }

    Double map50() {
      return map50;
    }

    Double map50to95() {
      return map50to95;
    }

    List<ClassEntry> perClass() {
      return perClass;
    }
  }

  /** Validation metrics of one class. */
  static final class ClassEntry {
    final String label;
    final Integer instances;
    final Double precision;
    final Double recall;
    final Double ap50;
    @Json(name = "ap50_95") final Double ap50to95;

    ClassEntry(String label, Integer instances, Double precision, Double recall, Double ap50, Double ap50to95) {
      this.label = label;
      this.instances = instances;
      this.precision = precision;
      this.recall = recall;
      this.ap50 = ap50;
      this.ap50to95 = ap50to95;
    }

    String label() {
      return label;
    }

    Integer instances() {
      return instances;
    }

    Double precision() {
      return precision;
    }

    Double recall() {
      return recall;
    }

    Double ap50() {
      return ap50;
    }

    Double ap50to95() {
      return ap50to95;
    }
  }

  /** Parameter count and cost of the network. */
  static final class NetworkEntry {
    final Long parameters;
    final Double gflops;
    @Json(name = "image_size") final Integer imageSize;

    NetworkEntry(Long parameters, Double gflops, Integer imageSize) {
      this.parameters = parameters;
      this.gflops = gflops;
      this.imageSize = imageSize;
    }

    Long parameters() {
      return parameters;
    }

    Double gflops() {
      return gflops;
    }

    Integer imageSize() {
      return imageSize;
    }
  }

  static ModelDocument from(TrainedModel model) {
    ModelMetrics metrics = model.metrics();
    List<ClassEntry> perClass = new ArrayList<>();
    for (ClassMetrics entry : metrics.perClass()) {
      perClass.add(new ClassEntry(entry.label(), entry.instances(), entry.precision(), entry.recall(), entry.ap50(), entry.ap50to95()));
    }
    NetworkEntry network = model.networkSize()
        .map(size -> new NetworkEntry(size.parameters(), size.gflops(), size.imageSize()))
        .orElse(null);
    return new ModelDocument(
        FORMAT_VERSION,
        model.name().value(),
        model.type().wireName(),
        model.projectId().value(),
        model.baseModel().map(ModelName::value).orElse(null),
        model.classNames(),
        model.epochs(),
        model.trainImages(),
        model.valImages(),
        model.trainingTime().toMillis() / 1000.0,
        model.createdAt().toString(),
        new MetricsEntry(metrics.precision(), metrics.recall(), metrics.map50(), metrics.map50to95(), perClass),
        network);
  }

  TrainedModel toModel() {
    MetricsEntry metricsEntry = required(metrics, "metrics");
    List<ClassMetrics> perClass = new ArrayList<>();
    for (ClassEntry entry : orEmpty(metricsEntry.perClass())) {
      perClass.add(new ClassMetrics(
          required(entry.label(), "label"), required(entry.instances(), "instances"), required(entry.precision(), "precision"),
          required(entry.recall(), "recall"), required(entry.ap50(), "ap50"), required(entry.ap50to95(), "ap50_95")));
    }
    ModelMetrics modelMetrics = new ModelMetrics(
        required(metricsEntry.precision(), "precision"), required(metricsEntry.recall(), "recall"),
        required(metricsEntry.map50(), "map50"), required(metricsEntry.map50to95(), "map50_95"), perClass);
    Optional<NetworkSize> network = Optional.ofNullable(networkSize)
        .map(entry -> new NetworkSize(
            required(entry.parameters(), "parameters"), required(entry.gflops(), "gflops"), required(entry.imageSize(), "image_size")));
    long trainingMillis = Math.round(required(trainingSeconds, "training_seconds") * 1000);
    return new TrainedModel(
        ModelName.of(required(name, "name")),
        ModelType.parse(required(type, "type")),
        ProjectId.of(required(projectId, "project_id")),
        Optional.ofNullable(baseModel).map(ModelName::of),
        orEmpty(classNames),
        required(epochs, "epochs"),
        required(trainImages, "train_images"),
        required(valImages, "val_images"),
        Duration.ofMillis(trainingMillis),
        Instant.parse(required(createdAt, "created_at")),
        modelMetrics,
        network);
  }
}
