package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.project.Split;
import com.squareup.moshi.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads COCO object detection JSON: {@code bbox} is {@code [x, y, width, height]} in pixels from the top-left corner.
 *
 * <p>Category ids may start at 0 or 1 and have gaps; classes are numbered in order of category id and keep the
 * category names. Images without annotations are background images. An absent {@code iscrowd} means 0, and crowd
 * annotations are skipped because they mark a group of objects. The split comes from the file name
 * ({@code instances_train2017.json} is train). Image files are looked up next to the JSON file, in
 * {@code images/}, in the parent directory, and in a directory named after the file ({@code train2017/}).
 */
final class CocoParser {
  private final ImportCollector collector;

  CocoParser(ImportCollector collector) {
    this.collector = collector;
  }

  static final class CocoFile {
    List<CocoImage> images;
    List<CocoAnnotation> annotations;
    List<CocoCategory> categories;
  }

  static final class CocoImage {
    Long id;
    @Json(name = "file_name") String fileName;
    Double width;
    Double height;
  }

  static final class CocoAnnotation {
    Long id;
    @Json(name = "image_id") Long imageId;
    @Json(name = "category_id") Long categoryId;
    List<Double> bbox;
    Integer iscrowd;
  }

  static final class CocoCategory {
    Long id;
    String name;
  }

  /** Returns whether parsed JSON has the top-level keys of a COCO file. */
  static boolean looksLike(Object json) {
    return json instanceof Map<?, ?> map && map.containsKey("images") && map.containsKey("annotations");
  }

  void parse(Path file) {
    CocoFile coco = JsonDocuments.read(file, CocoFile.class, "COCO");
    if (coco.images == null || coco.categories == null) {
      throw new InvalidValueException("path", file + " is not a COCO file: it needs 'images' and 'categories' lists");
    }
    Map<Long, String> categories = categories(coco.categories);
    collector.declareClasses(new ArrayList<>(categories.values()));

    Map<Long, CocoImage> images = new LinkedHashMap<>();
    for (CocoImage image : coco.images) {
      if (image == null || image.id == null || image.fileName == null || image.fileName.isBlank()) {
        collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "an entry of 'images' has no id or file_name; it is skipped");
      } else if (images.putIfAbsent(image.id, image) != null) {
        collector.problem(Kind.DUPLICATE_IMAGE, file, "image id " + image.id + " appears more than once; the first entry is kept");
      }
    }

    Map<Long, List<RawBox>> boxes = boxesByImage(file, coco.annotations == null ? List.of() : coco.annotations, categories, images);
    Split split = SplitNames.fromFileName(file.getFileName().toString());
    List<Path> directories = imageDirectories(file);
    for (CocoImage image : images.values()) {
      Path imageFile = ImageFiles.resolve(image.fileName, directories);
      Optional<ImageSize> size = collector.checkImage(imageFile, file, declaredSize(image), Kind.MISSING_IMAGE);
      if (size.isPresent()) {
        collector.addImage(imageFile, size.get(), split, boxes.getOrDefault(image.id, List.of()), file);
      }
    }
  }

  private Map<Long, List<RawBox>> boxesByImage(
      Path file, List<CocoAnnotation> annotations, Map<Long, String> categories, Map<Long, CocoImage> images) {
    Map<Long, List<RawBox>> boxes = new LinkedHashMap<>();
    Set<Long> reportedImages = new HashSet<>();
    for (int i = 0; i < annotations.size(); i++) {
      CocoAnnotation annotation = annotations.get(i);
      String where = "annotation " + (annotation.id == null ? "#" + (i + 1) : "id " + annotation.id);
      if (annotation.imageId == null || !images.containsKey(annotation.imageId)) {
        if (reportedImages.add(annotation.imageId)) {
          collector.problem(Kind.LABEL_WITHOUT_IMAGE, file,
              where + " refers to image id " + annotation.imageId + ", which 'images' does not list; its annotations are skipped");
        }
        continue;
      }
      String name = categories.get(annotation.categoryId);
      if (name == null) {
        collector.problem(Kind.UNKNOWN_CLASS, file,
            where + " has category_id " + annotation.categoryId + ", which 'categories' does not list; the box is skipped");
        continue;
      }
      if (annotation.iscrowd != null && annotation.iscrowd == 1) {
        collector.problem(Kind.CROWD_BOX, file, where + " (" + name + ") is a crowd annotation; the box is skipped");
        continue;
      }
      List<Double> bbox = annotation.bbox;
      if (bbox == null || bbox.size() != 4 || bbox.contains(null)) {
        collector.problem(Kind.INVALID_BOX, file, where + " (" + name + ") has no bbox of 4 numbers; the box is skipped");
        continue;
      }
      double x = bbox.get(0);
      double y = bbox.get(1);
      RawBox box = new RawBox(name, x, y, x + bbox.get(2), y + bbox.get(3), false, where + " of image " + images.get(annotation.imageId).fileName);
      boxes.computeIfAbsent(annotation.imageId, id -> new ArrayList<>()).add(box);
    }
    return boxes;
  }

  private static Map<Long, String> categories(List<CocoCategory> categories) {
    Map<Long, String> names = new LinkedHashMap<>();
    categories.stream()
        .filter(category -> category != null && category.id != null && category.name != null && !category.name.isBlank())
        .sorted(Comparator.comparingLong(category -> category.id))
        .forEach(category -> names.putIfAbsent(category.id, category.name.trim()));
    return names;
  }

  private static Optional<ImageSize> declaredSize(CocoImage image) {
    if (image.width == null || image.height == null || image.width < 1 || image.height < 1) {
      return Optional.empty();
    }
    return Optional.of(new ImageSize((int) Math.round(image.width), (int) Math.round(image.height)));
  }

  private static List<Path> imageDirectories(Path file) {
    Path directory = file.toAbsolutePath().getParent();
    Path parent = directory.getParent() == null ? directory : directory.getParent();
    String named = ImageFiles.stem(file).replaceFirst("^instances_", "");
    return List.of(directory, directory.resolve("images"), parent, parent.resolve("images"), parent.resolve(named), directory.resolve(named));
  }
}
