package ai.autogon.label.storage.export;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Prediction results shared by the export tests: two annotated images and one failed image. */
final class ExportSamples {
  static final ModelName MODEL = ModelName.parse("model_name", "cells-v1");
  static final List<String> CLASSES = List.of("RBC", "WBC");
  static final Annotation WBC = new Annotation("WBC", 0.9, new BoundingBox(260.25, 177.5, 231.0, 199.75));
  static final Annotation RBC = new Annotation("RBC", 0.5, new BoundingBox(0, 0, 33.3, 47.1));
  static final Annotation SECOND_RBC = new Annotation("RBC", 0.7, new BoundingBox(10, 20, 30, 40));

  static final ImageAnnotations FIRST = ImageAnnotations.annotated(
      ImageReference.parse("http://127.0.0.1/scans/a.jpg"), 640, 480, List.of(WBC, RBC));
  static final ImageAnnotations FAILED = ImageAnnotations.failed(
      ImageReference.parse("http://127.0.0.1/scans/missing.jpg"),
      new ImageError("image_unreachable", "GET http://127.0.0.1/scans/missing.jpg returned 404"));
  static final ImageAnnotations SECOND = ImageAnnotations.annotated(
      ImageReference.parse("file:///data/scans/b.png"), 100, 50, List.of(SECOND_RBC));

  static final List<ImageAnnotations> RESULTS = List.of(FIRST, FAILED, SECOND);

  private ExportSamples() {}

  static AnnotationExport export(ExportFormat format, Path output) {
    return new AnnotationExport(format, RESULTS, MODEL, CLASSES, output, false);
  }

  static Object readJson(Path file) throws IOException {
    return new Moshi.Builder().build().adapter(Object.class).fromJson(Files.readString(file));
  }
}
