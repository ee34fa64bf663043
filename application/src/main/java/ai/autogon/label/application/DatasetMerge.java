package ai.autogon.label.application;

import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Merges an imported dataset into a project.
 *
 * <p>Classes are matched by exact name, and new names are appended to the project's list. An imported image
 * whose URI the project already has replaces that entry in place, so importing a corrected dataset again
 * updates its images instead of doubling them.
 */
final class DatasetMerge {
  private DatasetMerge() {}

  static Project merge(Project project, ParsedDataset dataset) {
    List<String> classNames = new ArrayList<>(project.classNames());
    int[] classMapping = new int[dataset.classNames().size()];
    for (int i = 0; i < classMapping.length; i++) {
      String name = dataset.classNames().get(i);
      int existing = classNames.indexOf(name);
      if (existing < 0) {
        classNames.add(name);
        existing = classNames.size() - 1;
      }
      classMapping[i] = existing;
    }

    Map<URI, LabelledImage> images = new LinkedHashMap<>();
    for (LabelledImage image : project.images()) {
      images.put(image.image().uri(), image);
    }
    for (LabelledImage image : dataset.images()) {
      images.put(image.image().uri(), remap(image, classMapping));
    }

    return new Project(
        project.id(), project.appId(), project.name(), classNames, new ArrayList<>(images.values()), project.createdAt());
  }

  private static LabelledImage remap(LabelledImage image, int[] classMapping) {
    List<LabelledBox> boxes = new ArrayList<>();
    for (LabelledBox box : image.boxes()) {
      boxes.add(new LabelledBox(classMapping[box.classIndex()], box.box(), box.difficult()));
    }
    return new LabelledImage(image.image(), image.width(), image.height(), boxes, image.split());
  }
}
