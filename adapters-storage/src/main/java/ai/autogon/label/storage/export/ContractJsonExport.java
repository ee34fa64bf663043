package ai.autogon.label.storage.export;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Renders the wire contract's predict {@code data} array, failed images included with their error. */
final class ContractJsonExport {
  private ContractJsonExport() {}

  static List<OutputFile> render(AnnotationExport export) {
    List<Object> data = new ArrayList<>();
    for (ImageAnnotations result : export.results()) {
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
    return List.of(new OutputFile(export.output(), JsonText.write(data)));
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
