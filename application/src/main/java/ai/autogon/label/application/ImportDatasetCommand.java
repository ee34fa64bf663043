package ai.autogon.label.application;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.project.ProjectId;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Request to import a labelled dataset into a project.
 *
 * @param projectId project to add the images to
 * @param source dataset file or directory
 * @param format annotation format, empty to detect it from the files
 */
public record ImportDatasetCommand(ProjectId projectId, Path source, Optional<DatasetFormat> format) {
  public ImportDatasetCommand {
    Objects.requireNonNull(projectId, "projectId");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(format, "format");
  }
}
