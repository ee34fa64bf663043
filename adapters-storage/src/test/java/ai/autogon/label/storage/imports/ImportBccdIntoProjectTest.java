package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.autogon.label.application.CreateProjectCommand;
import ai.autogon.label.application.ImportDatasetCommand;
import ai.autogon.label.application.ImportDatasetResult;
import ai.autogon.label.application.ImportDatasetService;
import ai.autogon.label.application.ProjectDetails;
import ai.autogon.label.application.ProjectService;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.storage.FileProjectStore;
import ai.autogon.label.storage.Workspace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the import use case against the real file store and importer with the BCCD dataset. */
class ImportBccdIntoProjectTest {
  private static final Path BCCD = Stream.of(
          Path.of("..", "..", "shared", "datasets", "bccd"), Path.of("..", "..", "..", "shared", "datasets", "bccd"))
      .filter(Files::isDirectory)
      .findFirst()
      .orElse(Path.of("..", "..", "shared", "datasets", "bccd"));

  @TempDir
  Path workspaceRoot;

  @Test
  void importedProjectSurvivesReload() {
    // given
    assumeTrue(Files.isDirectory(BCCD), "BCCD dataset not found at " + BCCD.toAbsolutePath());
    FileProjectStore store = new FileProjectStore(Workspace.open(workspaceRoot));
    ProjectService projects = new ProjectService(store, store, store, store);
    ImportDatasetService imports = new ImportDatasetService(store, store, new DatasetImporter(new ImageIoSizes()), store);
    Project created = projects.createProject(new CreateProjectCommand("Blood cells"));

    // when
    ImportDatasetResult result = imports.importDataset(new ImportDatasetCommand(created.id(), BCCD, Optional.empty()));
    FileProjectStore reopened = new FileProjectStore(Workspace.open(workspaceRoot));
    ProjectDetails shown = new ProjectService(reopened, reopened, reopened, reopened).showProject(created.id());

    // then
    assertThat(shown.project()).isEqualTo(result.project());
    assertThat(shown.project().classNames()).containsExactly("RBC", "WBC", "Platelets");
    assertThat(shown.project().images()).hasSize(364);
    assertThat(shown.project().imagesIn(Split.TEST)).hasSize(72);
    assertThat(shown.project().images().stream().mapToInt(image -> image.boxes().size()).sum()).isEqualTo(4886);
    assertThat(shown.imports()).containsExactly(result.report());
  }
}
