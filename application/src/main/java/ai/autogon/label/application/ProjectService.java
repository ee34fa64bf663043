package ai.autogon.label.application;

import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.port.CreateProjectPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadImportReportsPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** Creates, lists and shows the workspace's projects. */
public final class ProjectService implements CreateProjectUseCase, ListProjectsUseCase, ShowProjectUseCase {
  private final CreateProjectPort createProject;
  private final ListProjectsPort listProjects;
  private final LoadProjectPort loadProject;
  private final LoadImportReportsPort loadImportReports;

  @Inject
  public ProjectService(
      CreateProjectPort createProject, ListProjectsPort listProjects, LoadProjectPort loadProject,
      LoadImportReportsPort loadImportReports) {
    this.createProject = Objects.requireNonNull(createProject, "createProject");
    this.listProjects = Objects.requireNonNull(listProjects, "listProjects");
    this.loadProject = Objects.requireNonNull(loadProject, "loadProject");
    this.loadImportReports = Objects.requireNonNull(loadImportReports, "loadImportReports");
  }

  @Override
  public Project createProject(CreateProjectCommand command) {
    return createProject.createProject(command.name().trim());
  }

  @Override
  public List<Project> listProjects() {
    return listProjects.listProjects();
  }

  @Override
  public ProjectDetails showProject(ProjectId id) {
    Project project = loadProject.loadProject(id).orElseThrow(() -> notFound(id, listProjects));
    return new ProjectDetails(project, loadImportReports.loadImportReports(id));
  }

  /** Builds the not-found error for a project id, listing the ids that exist. */
  static NotFoundException notFound(ProjectId id, ListProjectsPort listProjects) {
    List<Project> projects = listProjects.listProjects();
    String known = projects.isEmpty()
        ? "the workspace has no projects yet, so create one first"
        : "existing projects: " + projects.stream().map(project -> project.id().toString()).collect(Collectors.joining(", "));
    return new NotFoundException("project " + id + " not found; " + known);
  }
}
