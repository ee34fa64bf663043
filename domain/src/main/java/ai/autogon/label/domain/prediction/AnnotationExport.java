package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Predicted annotations to write in an export format.
 *
 * @param format output format
 * @param results one result per image, in request order; failed images carry their error
 * @param modelName model that predicted the boxes
 * @param classNames class names in class-id order (YOLO class index, COCO category id minus 1); every label in
 *     {@code results} is among them
 * @param output file, or directory for formats that {@linkplain ExportFormat#writesDirectory() write one}
 * @param overwrite whether existing output files may be replaced
 */
public record AnnotationExport(
    ExportFormat format,
    List<ImageAnnotations> results,
    ModelName modelName,
    List<String> classNames,
    Path output,
    boolean overwrite) {

  public AnnotationExport {
    Objects.requireNonNull(format, "format");
    results = List.copyOf(results);
    Objects.requireNonNull(modelName, "modelName");
    classNames = List.copyOf(classNames);
    Objects.requireNonNull(output, "output");
    for (ImageAnnotations result : results) {
      for (Annotation annotation : result.annotations()) {
        if (!classNames.contains(annotation.label())) {
          throw new IllegalArgumentException("label '" + annotation.label() + "' is not among the class names " + classNames);
        }
      }
    }
  }

  /**
   * Returns a file name stem per image for formats that write one file per image: the image's base name without
   * its extension, with {@code -2}, {@code -3}, ... appended when two images share a base name.
   */
  public static List<String> fileStems(List<ImageReference> images) {
    List<String> stems = new ArrayList<>();
    Set<String> usedStems = new HashSet<>();
    for (ImageReference image : images) {
      String stem = stem(image);
      String unique = stem;
      for (int suffix = 2; !usedStems.add(unique.toLowerCase(Locale.ROOT)); suffix++) {
        unique = stem + "-" + suffix;
      }
      stems.add(unique);
    }
    return stems;
  }

  /** Returns the last segment of an image's path, such as {@code a.jpg}, or {@code image} when the path has none. */
  public static String baseName(ImageReference image) {
    String path = image.uri().getPath();
    if (path == null) {
      return "image";
    }
    String name = path.substring(path.lastIndexOf('/') + 1);
    return name.isBlank() ? "image" : name;
  }

  private static String stem(ImageReference image) {
    String name = baseName(image);
    int dot = name.lastIndexOf('.');
    String stem = dot > 0 ? name.substring(0, dot) : name;
    // Keep the name usable on every file system: no separators, controls or characters Windows rejects.
    return stem.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_");
  }
}
