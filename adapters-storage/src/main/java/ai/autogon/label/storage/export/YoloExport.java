package ai.autogon.label.storage.export;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders YOLO label files: {@code STEM.txt} per annotated image and {@code classes.txt}.
 *
 * <p>Each line is {@code class cx cy width height}, the box centre and size divided by the image size. The
 * confidence is left out on purpose: YOLO label files with a sixth column are rejected or misread by tools that
 * import labels, and the point of this export is to import the boxes as labels. An image without detections gets an
 * empty file, which YOLO tools read as an image without objects. Failed images get no file.
 */
final class YoloExport {
  static final String CLASSES_FILE = "classes.txt";

  private YoloExport() {}

  static List<OutputFile> render(AnnotationExport export) {
    List<ImageAnnotations> annotated = export.results().stream().filter(result -> result.error().isEmpty()).toList();
    List<String> stems = AnnotationExport.fileStems(annotated.stream().map(ImageAnnotations::image).toList());

    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < annotated.size(); i++) {
      ImageAnnotations result = annotated.get(i);
      double width = result.width().getAsInt();
      double height = result.height().getAsInt();
      StringBuilder text = new StringBuilder();
      for (Annotation annotation : result.annotations()) {
        BoundingBox box = annotation.box();
        text.append(String.format(Locale.ROOT, "%d %.6f %.6f %.6f %.6f\n",
            export.classNames().indexOf(annotation.label()),
            (box.x() + box.width() / 2) / width, (box.y() + box.height() / 2) / height,
            box.width() / width, box.height() / height));
      }
      files.add(new OutputFile(export.output().resolve(stems.get(i) + ".txt"), bytes(text)));
    }

    StringBuilder classes = new StringBuilder();
    for (String name : export.classNames()) {
      classes.append(name).append('\n');
    }
    files.add(new OutputFile(export.output().resolve(CLASSES_FILE), bytes(classes)));
    return files;
  }

  private static byte[] bytes(StringBuilder text) {
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }
}
