package ai.autogon.label.domain.dataset;

import ai.autogon.label.domain.project.Split;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Counts and problems of one dataset import.
 *
 * @param format format the dataset was read as
 * @param source dataset file or directory as the user gave it, made absolute
 * @param importedAt when the import ran
 * @param images images imported
 * @param boxesPerClass imported boxes by class name, in class order
 * @param backgroundImages imported images without boxes
 * @param duplicatesRemoved boxes dropped because the same image had a box of the same class and coordinates
 * @param zeroAreaSkipped boxes dropped because they had no width or height
 * @param clipped boxes cut back to the image's edges
 * @param splitSizes imported images by split; every split is present, possibly with 0
 * @param problems entries skipped or repaired, in the order found
 */
public record ImportReport(
    DatasetFormat format,
    String source,
    Instant importedAt,
    int images,
    Map<String, Integer> boxesPerClass,
    int backgroundImages,
    int duplicatesRemoved,
    int zeroAreaSkipped,
    int clipped,
    Map<Split, Integer> splitSizes,
    List<ImportProblem> problems) {

  public ImportReport {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(importedAt, "importedAt");
    boxesPerClass = Collections.unmodifiableMap(new LinkedHashMap<>(boxesPerClass));
    EnumMap<Split, Integer> sizes = new EnumMap<>(Split.class);
    for (Split split : Split.values()) {
      sizes.put(split, splitSizes.getOrDefault(split, 0));
    }
    splitSizes = Collections.unmodifiableMap(sizes);
    problems = List.copyOf(problems);
  }

  /** Returns the number of imported boxes over all classes. */
  public int boxes() {
    return boxesPerClass.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Returns the problems of one kind. */
  public List<ImportProblem> problemsOf(ImportProblem.Kind kind) {
    return problems.stream().filter(problem -> problem.kind() == kind).toList();
  }
}
