package ai.autogon.label.domain.project;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A labelled project: its class names and images with ground-truth boxes.
 *
 * @param id project id used by training requests
 * @param appId app id used by prediction requests
 * @param name human-readable name
 * @param classNames class names; a box's class index points into this list
 * @param images labelled images
 * @param createdAt when the project was created
 */
public record Project(ProjectId id, AppId appId, String name, List<String> classNames, List<LabelledImage> images, Instant createdAt) {
  public Project {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(name, "name");
    classNames = List.copyOf(classNames);
    images = List.copyOf(images);
    Objects.requireNonNull(createdAt, "createdAt");
    for (LabelledImage image : images) {
      for (LabelledBox box : image.boxes()) {
        if (box.classIndex() >= classNames.size()) {
          throw new IllegalArgumentException(
              "class index " + box.classIndex() + " in " + image.image() + " is outside the " + classNames.size() + " classes of project " + id);
        }
      }
    }
  }

  /** Returns the images of one split. */
  public List<LabelledImage> imagesIn(Split split) {
    return images.stream().filter(image -> image.split() == split).toList();
  }
}
