package ai.autogon.label.cli;

import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Counts that describe a project's content.
 *
 * @param boxes boxes over all classes
 * @param boxesPerClass boxes by class name, in class order
 * @param backgroundImages images without boxes
 * @param imageSizes image counts by size ("640x480"), largest count first
 * @param splitSizes image counts by split
 */
record ProjectStatistics(
    int boxes,
    Map<String, Integer> boxesPerClass,
    int backgroundImages,
    Map<String, Integer> imageSizes,
    Map<Split, Integer> splitSizes) {

  static ProjectStatistics of(Project project) {
    Map<String, Integer> perClass = new LinkedHashMap<>();
    project.classNames().forEach(name -> perClass.put(name, 0));
    Map<String, Integer> sizes = new TreeMap<>();
    Map<Split, Integer> splits = new EnumMap<>(Split.class);
    for (Split split : Split.values()) {
      splits.put(split, 0);
    }
    int boxes = 0;
    int background = 0;
    for (LabelledImage image : project.images()) {
      for (LabelledBox box : image.boxes()) {
        perClass.merge(project.classNames().get(box.classIndex()), 1, Integer::sum);
      }
      boxes += image.boxes().size();
      background += image.boxes().isEmpty() ? 1 : 0;
      sizes.merge(image.width() + "x" + image.height(), 1, Integer::sum);
      splits.merge(image.split(), 1, Integer::sum);
    }
    Map<String, Integer> sizesByCount = new LinkedHashMap<>();
    sizes.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(entry -> sizesByCount.put(entry.getKey(), entry.getValue()));
    return new ProjectStatistics(boxes, perClass, background, sizesByCount, splits);
  }
}
