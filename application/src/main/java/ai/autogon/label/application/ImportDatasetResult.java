package ai.autogon.label.application;

import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Project;
import java.util.Objects;

/**
 * Outcome of an import.
 *
 * @param project the project as saved after the import
 * @param report counts and problems of this import
 */
public record ImportDatasetResult(Project project, ImportReport report) {
  public ImportDatasetResult {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(report, "report");
  }
}
