package ai.autogon.label.server;

import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import okio.Buffer;

/** Writes the wire contract's response bodies: {@code {"status": ..., "message": ..., "data" | "errors": ...}}. */
final class WireResponses {
  /** Writes one JSON value into an open writer. */
  @FunctionalInterface
  interface JsonBody {
    void write(JsonWriter writer) throws IOException;
  }

  private WireResponses() {}

  /** Returns a success envelope with the given data. */
  static String success(String message, JsonBody data) {
    return write(writer -> {
      writer.beginObject();
      writer.name("status").value(true);
      writer.name("message").value(message);
      writer.name("data");
      data.write(writer);
      writer.endObject();
    });
  }

  /** Returns a failure envelope, with {@code errors} only when there are field errors. */
  static String failure(String message, Map<String, String> fieldErrors) {
    return write(writer -> {
      writer.beginObject();
      writer.name("status").value(false);
      writer.name("message").value(message);
      if (!fieldErrors.isEmpty()) {
        writer.name("errors").beginObject();
        for (Map.Entry<String, String> error : fieldErrors.entrySet()) {
          writer.name(error.getKey()).value(error.getValue());
        }
        writer.endObject();
      }
      writer.endObject();
    });
  }

  /** Writes a trained model as the train endpoint's {@code data}. */
  static void writeModel(JsonWriter writer, TrainedModel model) throws IOException {
    writer.beginObject();
    writer.name("model_name").value(model.name().value());
    writer.name("model_type").value(model.type().wireName());
    writer.name("project_id").value(model.projectId().value());
    writer.name("model_load_name").value(model.baseModel().map(name -> name.value()).orElse(null));
    writer.name("epochs").value(model.epochs());
    writer.name("train_images").value(model.trainImages());
    writer.name("val_images").value(model.valImages());
    writeNumber(writer.name("training_seconds"), model.trainingTime().toMillis() / 1000.0);
    writer.name("created_at").value(model.createdAt().toString());
    writer.name("metrics");
    writeMetrics(writer, model.metrics());
    writer.endObject();
  }

  /** Writes prediction results as the predict endpoint's {@code data}, one entry per image in request order. */
  static void writePredictions(JsonWriter writer, List<ImageAnnotations> results) throws IOException {
    writer.beginArray();
    for (ImageAnnotations result : results) {
      writer.beginObject();
      writer.name("image_url").value(result.image().toString());
      writer.name("width");
      writeOptionalInt(writer, result.width());
      writer.name("height");
      writeOptionalInt(writer, result.height());
      writer.name("annotations").beginArray();
      for (Annotation annotation : result.annotations()) {
        writeAnnotation(writer, annotation);
      }
      writer.endArray();
      writer.name("error");
      writeImageError(writer, result.error().orElse(null));
      writer.endObject();
    }
    writer.endArray();
  }

  private static void writeMetrics(JsonWriter writer, ModelMetrics metrics) throws IOException {
    writer.beginObject();
    writeNumber(writer.name("precision"), metrics.precision());
    writeNumber(writer.name("recall"), metrics.recall());
    writeNumber(writer.name("map50"), metrics.map50());
    writeNumber(writer.name("map50_95"), metrics.map50to95());
    writer.name("per_class").beginArray();
    for (ClassMetrics perClass : metrics.perClass()) {
      writer.beginObject();
      writer.name("label").value(perClass.label());
      writer.name("instances").value(perClass.instances());
      writeNumber(writer.name("precision"), perClass.precision());
      writeNumber(writer.name("recall"), perClass.recall());
      writeNumber(writer.name("ap50"), perClass.ap50());
      writeNumber(writer.name("ap50_95"), perClass.ap50to95());
      writer.endObject();
    }
    writer.endArray();
    writer.endObject();
  }

  private static void writeAnnotation(JsonWriter writer, Annotation annotation) throws IOException {
    writer.beginObject();
    writer.name("label").value(annotation.label());
    writeNumber(writer.name("confidence"), annotation.confidence());
    writer.name("bbox").beginObject();
    writeNumber(writer.name("x"), annotation.box().x());
    writeNumber(writer.name("y"), annotation.box().y());
    writeNumber(writer.name("width"), annotation.box().width());
    writeNumber(writer.name("height"), annotation.box().height());
    writer.endObject();
    writer.endObject();
  }

  private static void writeImageError(JsonWriter writer, ImageError error) throws IOException {
    if (error == null) {
      writer.nullValue();
      return;
    }
    writer.beginObject();
    writer.name("code").value(error.code());
    writer.name("message").value(error.message());
    writer.endObject();
  }

  /** Writes a number, or {@code null} for NaN and infinities, which JSON cannot represent. */
  private static void writeNumber(JsonWriter writer, double value) throws IOException {
    if (Double.isFinite(value)) {
      writer.value(value);
    } else {
      writer.nullValue();
    }
  }

  private static void writeOptionalInt(JsonWriter writer, java.util.OptionalInt value) throws IOException {
    if (value.isPresent()) {
      writer.value(value.getAsInt());
    } else {
      writer.nullValue();
    }
  }

  static String write(JsonBody body) {
    Buffer buffer = new Buffer();
    try (JsonWriter writer = JsonWriter.of(buffer)) {
      writer.setSerializeNulls(true);
      body.write(writer);
    } catch (IOException e) {
      throw new UncheckedIOException("writing JSON to a memory buffer failed", e);
    }
    return buffer.readUtf8();
  }
}
