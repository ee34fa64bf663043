package ai.autogon.label.domain.port;

import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Project;

/** Saves a project together with the report of the import that changed it. */
public interface SaveImportPort {
  /** Replaces the project's content and appends the report to its import history in one atomic write. */
  void saveImport(Project project, ImportReport report);
}
