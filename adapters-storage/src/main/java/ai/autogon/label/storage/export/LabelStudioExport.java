package ai.autogon.label.storage.export;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders a Label Studio task list whose tasks carry the boxes as predictions (pre-annotations).
 *
 * <p>Each annotated image becomes a task with {@code data.image} set to the image reference and one prediction whose
 * {@code score} is the mean confidence of its boxes (0 when it has none). Box positions and sizes are percentages of
 * the image size, 0 to 100, as Label Studio's {@code rectanglelabels} results expect. The {@code from_name} and
 * {@code to_name} are {@code label} and {@code image}, so the project's labelling config must name its tags the same
 * way: {@code <RectangleLabels name="label" toName="image">} and {@code <Image name="image" value="$image"/>}.
 * Failed images have no size and are left out.
 *
 * <p>NOTE: a local image is written as its {@code file:} URI, which a Label Studio server cannot open by itself. Such
 * tasks need the images served over HTTP or through Label Studio's local file storage, with {@code data.image}
 * rewritten to match.
 */
final class LabelStudioExport {
  static final String FROM_NAME = "label";
  static final String TO_NAME = "image";

  private LabelStudioExport() {}

  static List<OutputFile> render(AnnotationExport export) {
    List<Object> tasks = new ArrayList<>();
    for (ImageAnnotations result : export.results()) {
      if (result.error().isPresent()) {
        continue;
      }
      int width = result.width().getAsInt();
      int height = result.height().getAsInt();

      List<Object> regions = new ArrayList<>();
      double confidenceSum = 0;
      for (Annotation annotation : result.annotations()) {
        regions.add(region(annotation, width, height));
        confidenceSum += annotation.confidence();
      }

      Map<String, Object> prediction = new LinkedHashMap<>();
      prediction.put("model_version", export.modelName().value());
      prediction.put("score", result.annotations().isEmpty() ? 0.0 : confidenceSum / result.annotations().size());
      prediction.put("result", regions);

      Map<String, Object> task = new LinkedHashMap<>();
      task.put("data", Map.of("image", result.image().toString()));
      task.put("predictions", List.of(prediction));
      tasks.add(task);
    }
    return List.of(new OutputFile(export.output(), JsonText.write(tasks)));
  }

  private static Map<String, Object> region(Annotation annotation, int width, int height) {
    BoundingBox box = annotation.box();
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("x", box.x() / width * 100);
    value.put("y", box.y() / height * 100);
    value.put("width", box.width() / width * 100);
    value.put("height", box.height() / height * 100);
    value.put("rotation", 0);
    value.put("rectanglelabels", List.of(annotation.label()));

    Map<String, Object> region = new LinkedHashMap<>();
    region.put("type", "rectanglelabels");
    region.put("from_name", FROM_NAME);
    region.put("to_name", TO_NAME);
    region.put("original_width", width);
    region.put("original_height", height);
    region.put("image_rotation", 0);
    region.put("value", value);
    region.put("score", annotation.confidence());
    return region;
  }
}
