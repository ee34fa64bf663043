package ai.autogon.label.application;

import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.port.DatasetImportPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.SaveImportPort;
import ai.autogon.label.domain.project.Project;
import jakarta.inject.Inject;
import java.util.Objects;

/** Reads a dataset, merges it into a project and saves the project with the import report. */
public final class ImportDatasetService implements ImportDatasetUseCase {
  private final LoadProjectPort loadProject;
  private final ListProjectsPort listProjects;
  private final DatasetImportPort datasetImport;
  private final SaveImportPort saveImport;

  @Inject
  public ImportDatasetService(
      LoadProjectPort loadProject, ListProjectsPort listProjects, DatasetImportPort datasetImport, SaveImportPort saveImport) {
    this.loadProject = Objects.requireNonNull(loadProject, "loadProject");
    this.listProjects = Objects.requireNonNull(listProjects, "listProjects");
    this.datasetImport = Objects.requireNonNull(datasetImport, "datasetImport");
    this.saveImport = Objects.requireNonNull(saveImport, "saveImport");
  }

  @Override
  public ImportDatasetResult importDataset(ImportDatasetCommand command) {
    Project project = loadProject.loadProject(command.projectId())
        .orElseThrow(() -> ProjectService.notFound(command.projectId(), listProjects));

    ParsedDataset dataset = datasetImport.parse(command.source(), command.format());

    // NOTE: another writer that saves this project between the load above and this save loses its change.
    Project merged = DatasetMerge.merge(project, dataset);
    saveImport.saveImport(merged, dataset.report());
    return new ImportDatasetResult(merged, dataset.report());
  }
}
