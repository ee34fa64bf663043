package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.project.Split;
import com.squareup.moshi.Json;
import com.squareup.moshi.Types;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Label Studio JSON export: a list of tasks whose annotations hold {@code rectanglelabels} results.
 *
 * <p>Box values are percentages of {@code original_width} and {@code original_height}. The importer uses the first
 * annotation of a task that was not cancelled. A task without one is reported as unlabelled, and an annotation
 * without results makes a background image. Rotated boxes and other result types are reported and skipped. Image paths
 * are matched by file name next to the JSON file or in its {@code images/} directory, also without the
 * 8-character prefix that Label Studio adds to uploaded files; {@code file:} URIs and local-files links
 * ({@code ?d=}) are followed as given. All images are unassigned to a split.
 */
final class LabelStudioParser {
  private final ImportCollector collector;

  LabelStudioParser(ImportCollector collector) {
    this.collector = collector;
  }

  static final class Task {
    Long id;
    Map<String, Object> data;
    List<Annotation> annotations;
  }

  static final class Annotation {
    List<Result> result;
    @Json(name = "was_cancelled") Boolean wasCancelled;
  }

  static final class Result {
    String type;
    @Json(name = "original_width") Double originalWidth;
    @Json(name = "original_height") Double originalHeight;
    Value value;
  }

  static final class Value {
    Double x;
    Double y;
    Double width;
    Double height;
    Double rotation;
    List<String> rectanglelabels;
  }

  /** Returns whether parsed JSON looks like a Label Studio export: a list of tasks with {@code data}. */
  static boolean looksLike(Object json) {
    return json instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Map<?, ?> task && task.containsKey("data");
  }

  void parse(Path file) {
    List<Task> tasks = JsonDocuments.read(file, Types.newParameterizedType(List.class, Task.class), "Label Studio");
    Path directory = file.toAbsolutePath().getParent();
    for (Task task : tasks) {
      if (task != null) {
        parseTask(task, file, directory);
      }
    }
  }

  private void parseTask(Task task, Path file, Path directory) {
    String taskName = "task " + task.id;
    Optional<String> reference = imageReference(task);
    if (reference.isEmpty()) {
      collector.problem(Kind.MISSING_IMAGE, file, taskName + " has no image in its data; the task is skipped");
      return;
    }
    Path image = resolve(reference.get(), directory);
    Optional<Annotation> annotation = task.annotations == null ? Optional.empty()
        : task.annotations.stream().filter(a -> a != null && !Boolean.TRUE.equals(a.wasCancelled)).findFirst();
    if (annotation.isEmpty()) {
      collector.problem(Kind.IMAGE_WITHOUT_LABEL, image, taskName + " has no completed annotation; the image is skipped");
      return;
    }
    List<Result> results = annotation.get().result == null ? List.of() : annotation.get().result;

    Optional<ImageSize> size = collector.checkImage(image, file, declaredSize(results), Kind.MISSING_IMAGE);
    if (size.isEmpty()) {
      return;
    }
    List<RawBox> boxes = new ArrayList<>();
    for (int i = 0; i < results.size(); i++) {
      readResult(results.get(i), taskName + " result " + (i + 1), size.get(), file).ifPresent(boxes::add);
    }
    collector.addImage(image, size.get(), Split.UNASSIGNED, boxes, file);
  }

  private Optional<RawBox> readResult(Result result, String where, ImageSize size, Path file) {
    if (result == null || !"rectanglelabels".equals(result.type)) {
      if (result != null && result.type != null && result.type.endsWith("labels")) {
        collector.problem(Kind.INVALID_BOX, file, where + " is of type " + result.type + ", but only rectanglelabels is imported; it is skipped");
      }
      return Optional.empty();
    }
    Value value = result.value;
    if (value == null || value.x == null || value.y == null || value.width == null || value.height == null) {
      collector.problem(Kind.INVALID_BOX, file, where + " has no x, y, width and height; the box is skipped");
      return Optional.empty();
    }
    String name = value.rectanglelabels == null || value.rectanglelabels.isEmpty() ? "" : value.rectanglelabels.get(0);
    if (value.rotation != null && Math.abs(value.rotation) > 1e-9) {
      collector.problem(Kind.INVALID_BOX, file, where + " (" + name + ") is rotated by " + value.rotation + " degrees; the box is skipped");
      return Optional.empty();
    }
    double x1 = value.x / 100 * size.width();
    double y1 = value.y / 100 * size.height();
    return Optional.of(new RawBox(
        name, x1, y1, x1 + value.width / 100 * size.width(), y1 + value.height / 100 * size.height(), false, where));
  }

  private static Optional<String> imageReference(Task task) {
    if (task.data == null) {
      return Optional.empty();
    }
    Object image = task.data.get("image");
    if (image instanceof String text && !text.isBlank()) {
      return Optional.of(text);
    }
    return task.data.values().stream()
        .filter(value -> value instanceof String text && !text.isBlank())
        .map(String.class::cast)
        .findFirst();
  }

  private static Optional<ImageSize> declaredSize(List<Result> results) {
    for (Result result : results) {
      if (result != null && result.originalWidth != null && result.originalHeight != null
          && result.originalWidth >= 1 && result.originalHeight >= 1) {
        return Optional.of(new ImageSize((int) Math.round(result.originalWidth), (int) Math.round(result.originalHeight)));
      }
    }
    return Optional.empty();
  }

  /** Finds the local file for an image reference of a task. */
  static Path resolve(String reference, Path directory) {
    if (reference.startsWith("file:")) {
      return Path.of(URI.create(reference));
    }
    int localFiles = reference.indexOf("?d=");
    if (localFiles >= 0) {
      Path local = Path.of(URLDecoder.decode(reference.substring(localFiles + 3), StandardCharsets.UTF_8));
      return local.isAbsolute() ? local : directory.resolve(local).normalize();
    }
    String withoutQuery = reference.replaceFirst("[?#].*$", "");
    String fileName = URLDecoder.decode(withoutQuery.substring(withoutQuery.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
    List<Path> directories = List.of(directory, directory.resolve("images"));
    Path found = ImageFiles.resolve(fileName, directories);
    if (!Files.isRegularFile(found) && fileName.matches("[0-9a-f]{8}-.+")) {
      Path original = ImageFiles.resolve(fileName.substring(9), directories);
      if (Files.isRegularFile(original)) {
        return original;
      }
    }
    return found;
  }
}
