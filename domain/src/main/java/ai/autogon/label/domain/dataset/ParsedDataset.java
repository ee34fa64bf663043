package ai.autogon.label.domain.dataset;

import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import java.util.List;
import java.util.Objects;

/**
 * A dataset read from disk, ready to merge into a project.
 *
 * @param classNames class names; a box's class index points into this list
 * @param images usable images with their boxes
 * @param report counts and problems of the import
 */
public record ParsedDataset(List<String> classNames, List<LabelledImage> images, ImportReport report) {
  public ParsedDataset {
    classNames = List.copyOf(classNames);
    images = List.copyOf(images);
    Objects.requireNonNull(report, "report");
    for (LabelledImage image : images) {
      for (LabelledBox box : image.boxes()) {
        if (box.classIndex() >= classNames.size()) {
          throw new IllegalArgumentException(
              "class index " + box.classIndex() + " in " + image.image() + " is outside the " + classNames.size() + " classes");
        }
      }
    }
  }
}
