package ai.autogon.label.storage;

import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.port.CreateProjectPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadImportReportsPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.SaveImportPort;
import ai.autogon.label.domain.port.SaveProjectPort;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import com.squareup.moshi.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores projects as {@code projects/<id>/project.json} in a workspace.
 *
 * <p>The file also keeps the reports of the imports into the project, and saving a project keeps them.
 * Project ids count up from 1 in {@code workspace.json}. The app id of a project is derived from its
 * project id by {@link #appIdFor}, so the two differ and an app id looks unrelated to the project id.
 */
public final class FileProjectStore
    implements LoadProjectPort, CreateProjectPort, SaveProjectPort, ListProjectsPort, SaveImportPort, LoadImportReportsPort {
  private static final Logger LOG = LoggerFactory.getLogger(FileProjectStore.class);
  private static final String WHAT = "project file";
  private static final long MAX_PROJECT_ID = (1L << 31) - 1;

  private final Workspace workspace;
  private final Clock clock;

  public FileProjectStore(Workspace workspace) {
    this(workspace, Clock.systemUTC());
  }

  public FileProjectStore(Workspace workspace, Clock clock) {
    this.workspace = Objects.requireNonNull(workspace, "workspace");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Content of {@code workspace.json}. */
  static final class CounterDocument {
    @Json(name = "next_project_id") final Long nextProjectId;

    CounterDocument(Long nextProjectId) {
      this.nextProjectId = nextProjectId;
    }

    Long nextProjectId() {
      return nextProjectId;
    }
  }

  @Override
  public Project createProject(String name) {
    String trimmed = requireName(name);

    try (WorkspaceLock counter = workspace.lockCounter()) {
      ProjectId id = ProjectId.of(nextFreeId());
      Project project = new Project(id, appIdFor(id), trimmed, List.of(), List.of(), clock.instant());

      try (WorkspaceLock lock = workspace.lockProject(id)) {
        Files.createDirectories(workspace.projectDirectory(id));
        writeProject(project, List.of());
      }
      JsonFiles.write(workspace.counterFile(), CounterDocument.class, new CounterDocument(id.value() + 1), "id counter file");
      LOG.info("Created project {} '{}' with app id {}", id, trimmed, project.appId());
      return project;
    } catch (IOException e) {
      throw new StorageException("failed to create a project directory in " + workspace.projectsDirectory() + ": " + e.getMessage(), e);
    }
  }

  /**
   * Derives a project's app id: the project id times an odd constant modulo 2^31.
   *
   * <p>Multiplying by an odd number is a bijection modulo a power of two, so distinct project ids below 2^31
   * get distinct positive app ids, and the result looks unrelated to the project id (project 1 gets app id 506952113).
   */
  public static AppId appIdFor(ProjectId id) {
    long mixed = (id.value() * 2_654_435_761L) & MAX_PROJECT_ID;
    return AppId.of(mixed);
  }

  @Override
  public void saveProject(Project project) {
    Objects.requireNonNull(project, "project");
    try (WorkspaceLock lock = workspace.lockProject(project.id())) {
      writeProject(project, existingImports(project.id()));
    }
  }

  @Override
  public void saveImport(Project project, ImportReport report) {
    Objects.requireNonNull(project, "project");
    Objects.requireNonNull(report, "report");
    try (WorkspaceLock lock = workspace.lockProject(project.id())) {
      List<ImportReportDocument> imports = new ArrayList<>(existingImports(project.id()));
      imports.add(ImportReportDocument.from(report));
      writeProject(project, imports);
    }
    LOG.info("Saved project {} after importing {} images from {}", project.id(), report.images(), report.source());
  }

  @Override
  public List<ImportReport> loadImportReports(ProjectId id) {
    return JsonFiles.read(workspace.projectFile(id), ProjectDocument.class, FileProjectStore::reports, WHAT).orElse(List.of());
  }

  private static List<ImportReport> reports(ProjectDocument document) {
    List<ImportReport> reports = new ArrayList<>();
    for (ImportReportDocument entry : document.imports()) {
      reports.add(entry.toReport());
    }
    return reports;
  }

  /** Reads the import history stored with a project, failing when the project does not exist. */
  private List<ImportReportDocument> existingImports(ProjectId id) {
    return JsonFiles.read(workspace.projectFile(id), ProjectDocument.class, ProjectDocument::imports, WHAT)
        .orElseThrow(() -> new NotFoundException("project " + id + " not found in workspace " + workspace.root()));
  }

  @Override
  public Optional<Project> loadProject(ProjectId id) {
    return JsonFiles.read(workspace.projectFile(id), ProjectDocument.class, ProjectDocument::toProject, WHAT);
  }

  @Override
  public Optional<Project> loadProjectByApp(AppId appId) {
    Objects.requireNonNull(appId, "appId");
    return listProjects().stream().filter(project -> project.appId().equals(appId)).findFirst();
  }

  @Override
  public List<Project> listProjects() {
    List<Project> projects = new ArrayList<>();
    for (ProjectId id : projectIds()) {
      loadProject(id).ifPresent(projects::add);
    }
    projects.sort(Comparator.comparingLong(project -> project.id().value()));
    return projects;
  }

  /** Reads a project id from a directory under {@code projects/}, or returns empty for anything else. */
  static Optional<ProjectId> parseDirectoryName(Path directory) {
    String name = directory.getFileName().toString();
    if (!name.matches("[1-9][0-9]{0,9}")) {
      return Optional.empty();
    }
    long value = Long.parseLong(name);
    return value <= MAX_PROJECT_ID ? Optional.of(ProjectId.of(value)) : Optional.empty();
  }

  private void writeProject(Project project, List<ImportReportDocument> imports) {
    JsonFiles.write(workspace.projectFile(project.id()), ProjectDocument.class, ProjectDocument.from(project, imports), WHAT);
  }

  private List<ProjectId> projectIds() {
    try {
      List<ProjectId> ids = new ArrayList<>();
      for (Path directory : AtomicFiles.listEntries(workspace.projectsDirectory())) {
        if (Files.isDirectory(directory)) {
          parseDirectoryName(directory).ifPresent(ids::add);
        }
      }
      return ids;
    } catch (IOException e) {
      throw new StorageException("failed to list the projects in " + workspace.projectsDirectory() + ": " + e.getMessage(), e);
    }
  }

  /** Returns the counter's next id, moved past any project directory that exists, so a lost counter never reuses an id. */
  private long nextFreeId() {
    long counted = JsonFiles.read(workspace.counterFile(), CounterDocument.class, CounterDocument::nextProjectId, "id counter file")
        .filter(Objects::nonNull)
        .orElse(1L);
    long highest = projectIds().stream().mapToLong(ProjectId::value).max().orElse(0);
    long next = Math.max(Math.max(counted, 1), highest + 1);
    if (next > MAX_PROJECT_ID) {
      throw new StorageException("the workspace " + workspace.root() + " has used every project id up to " + MAX_PROJECT_ID);
    }
    return next;
  }

  private static String requireName(String name) {
    if (name == null || name.isBlank()) {
      throw InvalidValueException.of("name", name, "a non-empty project name");
    }
    String trimmed = name.trim();
    if (trimmed.length() > 200 || trimmed.chars().anyMatch(Character::isISOControl)) {
      throw InvalidValueException.of("name", name, "at most 200 characters without control characters");
    }
    return trimmed;
  }
}
