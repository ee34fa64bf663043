package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStudioImportTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());
  private Path file;

  @BeforeEach
  void writeDataset() {
    Fixtures.image(root.resolve("images/cat.png"), 200, 100);
    Fixtures.image(root.resolve("empty.png"), 20, 10);
    Fixtures.image(root.resolve("todo.png"), 20, 10);
    file = Fixtures.text(root.resolve("export.json"), """
        [
          {"id": 1, "data": {"image": "/data/upload/3/0a1b2c3d-cat.png"},
           "annotations": [{"result": [
             {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
              "value": {"x": 10, "y": 20, "width": 50, "height": 30, "rotation": 0, "rectanglelabels": ["cat"]}},
             {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
              "value": {"x": 60, "y": 20, "width": 10, "height": 10, "rotation": 15, "rectanglelabels": ["cat"]}},
             {"type": "rectanglelabels", "original_width": 200, "original_height": 100,
              "value": {"x": 0, "y": 0, "width": 5, "height": 5, "rectanglelabels": ["toy"]}},
             {"type": "choices", "value": {"choices": ["indoor"]}}
           ]}]},
          {"id": 2, "data": {"image": "empty.png"}, "annotations": [{"result": []}]},
          {"id": 3, "data": {"image": "todo.png"}, "annotations": [{"result": [], "was_cancelled": true}]}
        ]
        """);
  }

  @Test
  void convertsPercentagesToPixels() {
    // when
    ParsedDataset dataset = importer.parse(file, Optional.of(DatasetFormat.LABEL_STUDIO));

    // then
    assertThat(dataset.images().get(0).image()).isEqualTo(ImageReference.of(root.resolve("images/cat.png")));
    assertThat(dataset.images().get(0).split()).isEqualTo(Split.UNASSIGNED);
    assertThat(dataset.classNames()).containsExactly("cat", "toy");
    assertThat(dataset.images().get(0).boxes()).containsExactly(
        new LabelledBox(0, new BoundingBox(20, 20, 100, 30)),
        new LabelledBox(1, new BoundingBox(0, 0, 10, 5)));
  }

  @Test
  void emptyResultIsBackground() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.report().format()).isEqualTo(DatasetFormat.LABEL_STUDIO);
    assertThat(dataset.images()).hasSize(2);
    assertThat(dataset.images().get(1).boxes()).isEmpty();
    assertThat(dataset.report().backgroundImages()).isEqualTo(1);
  }

  @Test
  void reportListsRotatedAndUnlabelled() {
    // when
    ParsedDataset dataset = importer.parse(file, Optional.empty());

    // then
    assertThat(dataset.report().problems()).containsExactly(
        new ImportProblem(Kind.INVALID_BOX, "export.json", "task 1 result 2 (cat) is rotated by 15.0 degrees; the box is skipped"),
        new ImportProblem(Kind.IMAGE_WITHOUT_LABEL, "todo.png", "task 3 has no completed annotation; the image is skipped"));
  }
}
