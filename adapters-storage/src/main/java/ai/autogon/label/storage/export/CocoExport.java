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
 * Renders one COCO object detection file: {@code images}, {@code categories} and {@code annotations}.
 *
 * <p>A bare COCO results list (image id, category id, bbox, score) cannot be used without the ground-truth file
 * that defines its ids, so this writes a complete dataset file instead and adds each annotation's {@code score}.
 * Image ids count from 1 over the annotated images in request order; {@code file_name} is the image's base name.
 * Category ids are the class index plus 1. Boxes are {@code [x, y, width, height]} in pixels from the top-left
 * corner. Failed images have no size and are left out.
 */
final class CocoExport {
  private CocoExport() {}

  static List<OutputFile> render(AnnotationExport export) {
    List<Object> images = new ArrayList<>();
    List<Object> annotations = new ArrayList<>();
    int imageId = 0;
    int annotationId = 0;
    for (ImageAnnotations result : export.results()) {
      if (result.error().isPresent()) {
        continue;
      }
      imageId++;
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("id", imageId);
      image.put("file_name", AnnotationExport.baseName(result.image()));
      image.put("width", result.width().getAsInt());
      image.put("height", result.height().getAsInt());
      image.put("coco_url", result.image().toString());
      images.add(image);

      for (Annotation annotation : result.annotations()) {
        annotationId++;
        BoundingBox box = annotation.box();
        Map<String, Object> item = new LinkedHashMap<>();
        item.put("id", annotationId);
        item.put("image_id", imageId);
        item.put("category_id", export.classNames().indexOf(annotation.label()) + 1);
        item.put("bbox", List.of(box.x(), box.y(), box.width(), box.height()));
        item.put("area", box.area());
        item.put("iscrowd", 0);
        item.put("score", annotation.confidence());
        annotations.add(item);
      }
    }

    List<Object> categories = new ArrayList<>();
    for (int i = 0; i < export.classNames().size(); i++) {
      Map<String, Object> category = new LinkedHashMap<>();
      category.put("id", i + 1);
      category.put("name", export.classNames().get(i));
      categories.add(category);
    }

    Map<String, Object> document = new LinkedHashMap<>();
    document.put("images", images);
    document.put("categories", categories);
    document.put("annotations", annotations);
    return List.of(new OutputFile(export.output(), JsonText.write(document)));
  }
}
