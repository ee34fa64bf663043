package ai.autogon.label.domain.port;

import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.ProjectId;
import java.util.List;

/** Reads the import history of a project. */
public interface LoadImportReportsPort {
  /** Returns the reports of every import into the project, oldest first; empty when there were none or no such project. */
  List<ImportReport> loadImportReports(ProjectId id);
}
