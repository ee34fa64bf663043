package ai.autogon.label.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.port.CreateProjectPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadImportReportsPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProjectServiceTest {
  private static final Instant CREATED = Instant.parse("2026-12-01T00:00:00Z");

  /** In-memory fake of the project ports; ids count from 1 and app ids are id + 100. */
  private static final class FakeProjects implements CreateProjectPort, ListProjectsPort, LoadProjectPort, LoadImportReportsPort {
    final List<Project> projects = new ArrayList<>();
    final Map<ProjectId, List<ImportReport>> reports = new java.util.HashMap<>();

    @Override
    public Project createProject(String name) {
      long id = projects.size() + 1;
      Project project = new Project(ProjectId.of(id), AppId.of(id + 100), name, List.of(), List.of(), CREATED);
      projects.add(project);
      return project;
    }

    @Override
    public List<Project> listProjects() {
      return List.copyOf(projects);
    }

    @Override
    public Optional<Project> loadProject(ProjectId id) {
      return projects.stream().filter(project -> project.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Project> loadProjectByApp(AppId appId) {
      return projects.stream().filter(project -> project.appId().equals(appId)).findFirst();
    }

    @Override
    public List<ImportReport> loadImportReports(ProjectId id) {
      return reports.getOrDefault(id, List.of());
    }
  }

  private final FakeProjects ports = new FakeProjects();
  private final ProjectService service = new ProjectService(ports, ports, ports, ports);

  @Test
  void createTrimsTheName() {
    // when
    Project project = service.createProject(new CreateProjectCommand("  Blood cells "));

    // then
    assertThat(project.name()).isEqualTo("Blood cells");
    assertThat(service.listProjects()).containsExactly(project);
  }

  @Test
  void blankNameIsRejected() {
    // when / then
    assertThatThrownBy(() -> new CreateProjectCommand(""))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must be a non-empty project name, got ''");
  }

  @Test
  void showIncludesImportHistory() {
    // given
    Project project = service.createProject(new CreateProjectCommand("cells"));
    ImportReport report = new ImportReport(DatasetFormat.PASCAL_VOC, "/data", CREATED, 0, Map.of(), 0, 0, 0, 0, Map.of(), List.of());
    ports.reports.put(project.id(), List.of(report));

    // when
    ProjectDetails details = service.showProject(project.id());

    // then
    assertThat(details.project()).isEqualTo(project);
    assertThat(details.imports()).containsExactly(report);
  }

  @Test
  void showOfUnknownIdListsExisting() {
    // given
    service.createProject(new CreateProjectCommand("a"));
    service.createProject(new CreateProjectCommand("b"));

    // when / then
    assertThatThrownBy(() -> service.showProject(ProjectId.of(9)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 9 not found; existing projects: 1, 2");
  }

  @Test
  void showInEmptyWorkspaceSaysSo() {
    // when / then
    assertThatThrownBy(() -> service.showProject(ProjectId.of(1)))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 1 not found; the workspace has no projects yet, so create one first");
  }
}
