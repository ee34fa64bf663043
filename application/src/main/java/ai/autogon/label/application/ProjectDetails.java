package ai.autogon.label.application;

import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Project;
import java.util.List;
import java.util.Objects;

/**
 * A project with its import history.
 *
 * @param project the project
 * @param imports reports of the imports into it, oldest first
 */
public record ProjectDetails(Project project, List<ImportReport> imports) {
  public ProjectDetails {
    Objects.requireNonNull(project, "project");
    imports = List.copyOf(imports);
  }
}
