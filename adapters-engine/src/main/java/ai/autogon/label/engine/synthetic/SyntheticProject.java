package ai.autogon.label.engine.synthetic;

import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.time.Instant;
import java.util.List;

/**
 * Generated images written to disk, ready to become a {@link Project}.
 *
 * @param classNames class names that the boxes' class indices point into
 * @param images written images with their boxes and splits
 */
public record SyntheticProject(List<String> classNames, List<LabelledImage> images) {
  public SyntheticProject {
    classNames = List.copyOf(classNames);
    images = List.copyOf(images);
  }

  /** Creates a project of these images and class names. */
  public Project toProject(ProjectId id, AppId appId, String name, Instant createdAt) {
    return new Project(id, appId, name, classNames, images, createdAt);
  }
}
