package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportHistoryTest {
  @TempDir
  Path root;

  private static ImportReport report(String source) {
    return new ImportReport(
        DatasetFormat.YOLO, source, Instant.parse("2026-12-04T11:00:00Z"), 2, Map.of("RBC", 5, "WBC", 1), 1, 2, 1, 3,
        Map.of(Split.TRAIN, 2),
        List.of(new ImportProblem(Kind.ZERO_AREA_BOX, "labels/a.txt", "line 2 (RBC) has no area; the box is skipped")));
  }

  @Test
  void reportsRoundTripOldestFirst() {
    // given
    FileProjectStore store = new FileProjectStore(Workspace.open(root));
    Project project = Samples.labelled(store.createProject("cells"));

    // when
    store.saveImport(project, report("/data/first"));
    store.saveImport(project, report("/data/second"));

    // then
    List<ImportReport> reports = new FileProjectStore(Workspace.open(root)).loadImportReports(project.id());
    assertThat(reports).containsExactly(report("/data/first"), report("/data/second"));
    assertThat(reports.get(0).splitSizes()).containsEntry(Split.VAL, 0);
    assertThat(store.loadProject(project.id())).contains(project);
    assertThat(root.resolve("projects/1/project.json")).content()
        .contains("\"imports\": [", "\"kind\": \"zero_area_box\"", "\"boxes_per_class\": {");
  }

  @Test
  void savingProjectKeepsImportHistory() {
    // given
    FileProjectStore store = new FileProjectStore(Workspace.open(root));
    Project project = store.createProject("cells");
    store.saveImport(project, report("/data/first"));

    // when
    store.saveProject(Samples.labelled(project));

    // then
    assertThat(store.loadImportReports(project.id())).containsExactly(report("/data/first"));
  }

  @Test
  void projectWithoutImportsHasNoReports() {
    // given
    FileProjectStore store = new FileProjectStore(Workspace.open(root));
    Project project = store.createProject("cells");

    // when / then
    assertThat(store.loadImportReports(project.id())).isEmpty();
    assertThat(store.loadImportReports(ProjectId.of(9))).isEmpty();
  }

  @Test
  void importIntoMissingProjectIsRejected() {
    // given
    FileProjectStore store = new FileProjectStore(Workspace.open(root));
    Project ghost = new Project(ProjectId.of(4), FileProjectStore.appIdFor(ProjectId.of(4)), "ghost", List.of(), List.of(), Instant.EPOCH);

    // when / then
    assertThatThrownBy(() -> store.saveImport(ghost, report("/data/first")))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 4 not found in workspace " + root.toAbsolutePath());
  }
}
