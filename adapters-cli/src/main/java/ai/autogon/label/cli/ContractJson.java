package ai.autogon.label.cli;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes results as JSON in the {@code data} shapes of the wire contract, fields in contract order. */
final class ContractJson {
  private static final JsonAdapter<Object> WRITER = new Moshi.Builder().build().adapter(Object.class).serializeNulls().indent("  ");

  private ContractJson() {}

  static String write(Object value) {
    return WRITER.toJson(value);
  }

  static Map<String, Object> model(TrainedModel model) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("model_name", model.name().value());
    data.put("model_type", model.type().wireName());
    data.put("project_id", model.projectId().value());
    data.put("model_load_name", model.baseModel().map(name -> name.value()).orElse(null));
    data.put("epochs", model.epochs());
    data.put("train_images", model.trainImages());
    data.put("val_images", model.valImages());
    data.put("training_seconds", model.trainingTime().toMillis() / 1000.0);
    data.put("created_at", model.createdAt().toString());
    data.put("metrics", metrics(model.metrics()));
    return data;
  }

  static Map<String, Object> metrics(ModelMetrics metrics) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("precision", metrics.precision());
    data.put("recall", metrics.recall());
    data.put("map50", metrics.map50());
    data.put("map50_95", metrics.map50to95());
    List<Object> perClass = new ArrayList<>();
    for (ClassMetrics classMetrics : metrics.perClass()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("label", classMetrics.label());
      entry.put("instances", classMetrics.instances());
      entry.put("precision", classMetrics.precision());
      entry.put("recall", classMetrics.recall());
      entry.put("ap50", classMetrics.ap50());
      entry.put("ap50_95", classMetrics.ap50to95());
      perClass.add(entry);
    }
    data.put("per_class", perClass);
    return data;
  }

  static List<Object> predictions(List<ImageAnnotations> results) {
    List<Object> data = new ArrayList<>();
    for (ImageAnnotations result : results) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("image_url", result.image().toString());
      entry.put("width", result.width().isPresent() ? result.width().getAsInt() : null);
      entry.put("height", result.height().isPresent() ? result.height().getAsInt() : null);
      List<Object> annotations = new ArrayList<>();
      for (Annotation annotation : result.annotations()) {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("label", annotation.label());
        item.put("confidence", annotation.confidence());
        item.put("bbox", box(annotation.box()));
        annotations.add(item);
      }
      entry.put("annotations", annotations);
      entry.put("error", result.error().map(error -> {
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("code", error.code());
        item.put("message", error.message());
        return (Object) item;
      }).orElse(null));
      data.add(entry);
    }
    return data;
  }

  private static Map<String, Object> box(BoundingBox box) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("x", box.x());
    data.put("y", box.y());
    data.put("width", box.width());
    data.put("height", box.height());
    return data;
  }
}
