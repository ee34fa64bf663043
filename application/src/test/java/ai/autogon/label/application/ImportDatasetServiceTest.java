package ai.autogon.label.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.error.NotFoundException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.port.DatasetImportPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.SaveImportPort;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ImportDatasetServiceTest {
  private static final Instant CREATED = Instant.parse("2026-12-01T00:00:00Z");
  private static final ProjectId ID = ProjectId.of(1);

  /** In-memory fake of the project ports. */
  private static final class FakeProjects implements LoadProjectPort, ListProjectsPort, SaveImportPort {
    final List<Project> projects = new ArrayList<>();
    final List<ImportReport> saved = new ArrayList<>();

    @Override
    public Optional<Project> loadProject(ProjectId id) {
      return projects.stream().filter(project -> project.id().equals(id)).findFirst();
    }

    @Override
    public Optional<Project> loadProjectByApp(AppId appId) {
      return projects.stream().filter(project -> project.appId().equals(appId)).findFirst();
    }

    @Override
    public List<Project> listProjects() {
      return List.copyOf(projects);
    }

    @Override
    public void saveImport(Project project, ImportReport report) {
      projects.replaceAll(existing -> existing.id().equals(project.id()) ? project : existing);
      saved.add(report);
    }
  }

  /** Fake importer that returns a fixed dataset and records what it was asked. */
  private static final class FixedDataset implements DatasetImportPort {
    final ParsedDataset dataset;
    Path requestedSource;
    Optional<DatasetFormat> requestedFormat;

    FixedDataset(ParsedDataset dataset) {
      this.dataset = dataset;
    }

    @Override
    public ParsedDataset parse(Path source, Optional<DatasetFormat> format) {
      requestedSource = source;
      requestedFormat = format;
      return dataset;
    }
  }

  private static LabelledImage image(String name, Split split, LabelledBox... boxes) {
    return new LabelledImage(ImageReference.of(Path.of("/data", name)), 100, 80, List.of(boxes), split);
  }

  private static LabelledBox box(int classIndex, double x) {
    return new LabelledBox(classIndex, new BoundingBox(x, 0, 10, 10));
  }

  private static ImportReport report() {
    return new ImportReport(DatasetFormat.COCO, "/data", CREATED, 2, Map.of("dog", 1, "cat", 1), 0, 0, 0, 0, Map.of(), List.of());
  }

  @Test
  void mergesClassesByNameAndReplacesSameImages() {
    // given a project with classes cat, bird and two images
    FakeProjects projects = new FakeProjects();
    projects.projects.add(new Project(ID, AppId.of(7), "pets", List.of("cat", "bird"),
        List.of(image("a.png", Split.TRAIN, box(0, 1)), image("b.png", Split.TRAIN, box(1, 2))), CREATED));
    // and a dataset with classes dog, cat that relabels b.png and adds c.png
    ParsedDataset dataset = new ParsedDataset(List.of("dog", "cat"),
        List.of(image("b.png", Split.VAL, box(1, 3)), image("c.png", Split.TEST, box(0, 4))), report());
    FixedDataset importer = new FixedDataset(dataset);
    ImportDatasetService service = new ImportDatasetService(projects, projects, importer, projects);

    // when
    ImportDatasetResult result = service.importDataset(
        new ImportDatasetCommand(ID, Path.of("/data"), Optional.of(DatasetFormat.COCO)));

    // then
    Project merged = result.project();
    assertThat(merged.classNames()).containsExactly("cat", "bird", "dog");
    assertThat(merged.images()).containsExactly(
        image("a.png", Split.TRAIN, box(0, 1)),
        image("b.png", Split.VAL, box(0, 3)),
        image("c.png", Split.TEST, box(2, 4)));
    assertThat(merged.appId()).isEqualTo(AppId.of(7));
    assertThat(projects.loadProject(ID)).contains(merged);
    assertThat(projects.saved).containsExactly(report());
    assertThat(result.report()).isEqualTo(report());
    assertThat(importer.requestedSource).isEqualTo(Path.of("/data"));
    assertThat(importer.requestedFormat).contains(DatasetFormat.COCO);
  }

  @Test
  void unknownProjectIsRejectedBeforeParsing() {
    // given
    FakeProjects projects = new FakeProjects();
    projects.projects.add(new Project(ProjectId.of(2), AppId.of(9), "other", List.of(), List.of(), CREATED));
    projects.projects.add(new Project(ProjectId.of(5), AppId.of(10), "more", List.of(), List.of(), CREATED));
    FixedDataset importer = new FixedDataset(null);
    ImportDatasetService service = new ImportDatasetService(projects, projects, importer, projects);

    // when / then
    assertThatThrownBy(() -> service.importDataset(new ImportDatasetCommand(ID, Path.of("/data"), Optional.empty())))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("project 1 not found; existing projects: 2, 5");
    assertThat(importer.requestedSource).isNull();
  }
}
