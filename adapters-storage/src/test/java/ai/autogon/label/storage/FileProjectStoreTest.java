package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileProjectStoreTest {
  private static final Instant NOW = Instant.parse("2026-12-04T10:15:30Z");

  @TempDir
  Path root;

  private FileProjectStore store() {
    return new FileProjectStore(Workspace.open(root), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @Test
  void createAllocatesConsecutiveIds() {
    // given
    FileProjectStore store = store();

    // when
    Project first = store.createProject("Blood cells");
    Project second = store.createProject("  Cars ");

    // then
    assertThat(first.id()).isEqualTo(ProjectId.of(1));
    assertThat(second.id()).isEqualTo(ProjectId.of(2));
    assertThat(second.name()).isEqualTo("Cars");
    assertThat(first.createdAt()).isEqualTo(NOW);
    assertThat(root.resolve("projects/1/project.json")).isRegularFile();
    assertThat(root.resolve("workspace.json")).content().contains("\"next_project_id\": 3");
  }

  @Test
  void appIdIsDerivedAndDistinct() {
    // given
    FileProjectStore store = store();

    // when
    Project first = store.createProject("a");
    Project second = store.createProject("b");

    // then
    assertThat(first.appId()).isEqualTo(AppId.of(506_952_113));
    assertThat(second.appId()).isNotEqualTo(first.appId());
    assertThat(FileProjectStore.appIdFor(ProjectId.of(2))).isEqualTo(second.appId());
  }

  @Test
  void lostCounterNeverReusesAnId() throws IOException {
    // given
    FileProjectStore store = store();
    store.createProject("a");
    store.createProject("b");
    Files.delete(root.resolve("workspace.json"));

    // when
    Project third = store.createProject("c");

    // then
    assertThat(third.id()).isEqualTo(ProjectId.of(3));
  }

  @Test
  void projectRoundTripsThroughJson() {
    // given
    FileProjectStore store = store();
    Project labelled = Samples.labelled(store.createProject("Blood cells"));

    // when
    store.saveProject(labelled);
    Project loaded = store().loadProject(labelled.id()).orElseThrow();

    // then
    assertThat(loaded).isEqualTo(labelled);
    assertThat(root.resolve("projects/1/project.json")).content()
        .contains("\"class_names\": [", "\"split\": \"train\"", "\"difficult\": true", "file:///data/cells/b%20c.png");
  }

  @Test
  void loadsProjectByAppId() {
    // given
    FileProjectStore store = store();
    store.createProject("a");
    Project second = store.createProject("b");

    // when / then
    assertThat(store.loadProjectByApp(second.appId())).contains(second);
    assertThat(store.loadProjectByApp(AppId.of(42))).isEmpty();
  }

  @Test
  void listsProjectsByAscendingId() {
    // given
    FileProjectStore store = store();
    for (int i = 1; i <= 11; i++) {
      store.createProject("p" + i);
    }

    // when
    List<Project> projects = store.listProjects();

    // then
    assertThat(projects).extracting(project -> project.id().value())
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
  }

  @Test
  void missingProjectLoadsEmpty() {
    // when / then
    assertThat(store().loadProject(ProjectId.of(7))).isEmpty();
  }

  @Test
  void savingUnknownProjectIsRejected() {
    // given
    FileProjectStore store = store();
    Project created = store.createProject("a");
    Project unknown = new Project(ProjectId.of(9), created.appId(), "x", List.of(), List.of(), NOW);

    // when / then
    assertThatThrownBy(() -> store.saveProject(unknown))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 9 not found in workspace " + root.toAbsolutePath());
  }

  @Test
  void blankNameIsRejected() {
    // when / then
    assertThatThrownBy(() -> store().createProject(" "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("name must be a non-empty project name, got ' '");
  }

  @Test
  void corruptJsonNamesTheFile() throws IOException {
    // given
    FileProjectStore store = store();
    Project created = store.createProject("a");
    Path file = root.resolve("projects/1/project.json");
    Files.writeString(file, "{\"id\": 1, \"name\": ");

    // when / then
    assertThatThrownBy(() -> store.loadProject(created.id()))
        .isInstanceOf(StorageException.class)
        .hasMessage("the project file " + file + " is invalid (the JSON ends early, so the file is cut off); "
            + "restore it from a backup or delete it");
  }

  @Test
  void missingFieldNamesTheFileAndField() throws IOException {
    // given
    FileProjectStore store = store();
    store.createProject("a");
    Path file = root.resolve("projects/1/project.json");
    Files.writeString(file, "{\"id\": 1, \"app_id\": 5, \"created_at\": \"2026-12-04T10:15:30Z\"}");

    // when / then
    assertThatThrownBy(() -> store.listProjects())
        .isInstanceOf(StorageException.class)
        .hasMessage("the project file " + file + " is invalid (missing field 'name'); "
            + "restore it from a backup or delete it");
  }

  @Test
  void crashLeftoverIsIgnoredThenCleaned() throws IOException {
    // given a write that crashed after creating its temporary file
    FileProjectStore store = store();
    Project created = store.createProject("a");
    Path leftover = root.resolve("projects/1/.tmp-project.json-0b7e4a52-2a51-4e8b-9d7e-1c7f3a0c2d11.part");
    Files.writeString(leftover, "{\"id\": 1, \"na");

    // when
    Project loaded = store.loadProject(created.id()).orElseThrow();
    store();

    // then
    assertThat(loaded).isEqualTo(created);
    assertThat(leftover).doesNotExist();
    assertThat(root.resolve("projects/1/project.json")).isRegularFile();
  }

  @Test
  void projectDirectoryWithoutFileIsSkipped() throws IOException {
    // given a create that crashed before its first write
    FileProjectStore store = store();
    Files.createDirectories(root.resolve("projects/1"));

    // when
    Project created = store.createProject("a");

    // then
    assertThat(created.id()).isEqualTo(ProjectId.of(2));
    assertThat(store.listProjects()).containsExactly(created);
  }
}
