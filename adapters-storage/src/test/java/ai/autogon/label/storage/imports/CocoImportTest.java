package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoImportTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());
  private Path file;

  @BeforeEach
  void writeDataset() {
    Fixtures.image(root.resolve("images/a.png"), 100, 80);
    Fixtures.image(root.resolve("images/b.png"), 50, 40);
    file = Fixtures.text(root.resolve("annotations/instances_val.json"), """
        {
          "images": [
            {"id": 10, "file_name": "a.png", "width": 100, "height": 80},
            {"id": 11, "file_name": "b.png", "width": 50, "height": 40},
            {"id": 12, "file_name": "gone.png", "width": 50, "height": 40}
          ],
          "categories": [
            {"id": 7, "name": "bike"},
            {"id": 1, "name": "person"},
            {"id": 3, "name": "car"}
          ],
          "annotations": [
            {"id": 1, "image_id": 10, "category_id": 3, "bbox": [10, 20, 30, 40]},
            {"id": 2, "image_id": 10, "category_id": 7, "bbox": [0.5, 1.5, 2, 3], "iscrowd": 0},
            {"id": 3, "image_id": 10, "category_id": 1, "bbox": [5, 5, 10, 10], "iscrowd": 1},
            {"id": 4, "image_id": 10, "category_id": 99, "bbox": [5, 5, 10, 10]},
            {"id": 5, "image_id": 10, "category_id": 3, "bbox": [10, 20, 30, 40]},
            {"id": 6, "image_id": 10, "category_id": 3, "bbox": [10, 20, 0, 40]},
            {"id": 7, "image_id": 42, "category_id": 3, "bbox": [1, 1, 1, 1]}
          ]
        }
        """);
  }

  @Test
  void mapsSparseCategoryIdsInOrder() {
    // when
    ParsedDataset dataset = importer.parse(file, Optional.of(DatasetFormat.COCO));

    // then
    assertThat(dataset.classNames()).containsExactly("person", "car", "bike");
    assertThat(dataset.images().get(0).image()).isEqualTo(ImageReference.of(root.resolve("images/a.png")));
    assertThat(dataset.images().get(0).split()).isEqualTo(Split.VAL);
    assertThat(dataset.images().get(0).boxes()).containsExactly(
        new LabelledBox(1, new BoundingBox(10, 20, 30, 40)),
        new LabelledBox(2, new BoundingBox(0.5, 1.5, 2, 3)));
  }

  @Test
  void imageWithoutAnnotationsIsBackground() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.images()).hasSize(2);
    assertThat(dataset.images().get(1).boxes()).isEmpty();
    assertThat(dataset.report().backgroundImages()).isEqualTo(1);
    assertThat(dataset.report().format()).isEqualTo(DatasetFormat.COCO);
  }

  @Test
  void reportListsSkippedAnnotations() {
    // when
    ParsedDataset dataset = importer.parse(file, Optional.empty());

    // then
    assertThat(dataset.report().boxesPerClass()).containsExactly(Map.entry("person", 0), Map.entry("car", 1), Map.entry("bike", 1));
    assertThat(dataset.report().duplicatesRemoved()).isEqualTo(1);
    assertThat(dataset.report().zeroAreaSkipped()).isEqualTo(1);
    assertThat(dataset.report().problems()).containsExactly(
        new ImportProblem(Kind.CROWD_BOX, "instances_val.json",
            "annotation id 3 (person) is a crowd annotation; the box is skipped"),
        new ImportProblem(Kind.UNKNOWN_CLASS, "instances_val.json",
            "annotation id 4 has category_id 99, which 'categories' does not list; the box is skipped"),
        new ImportProblem(Kind.LABEL_WITHOUT_IMAGE, "instances_val.json",
            "annotation id 7 refers to image id 42, which 'images' does not list; its annotations are skipped"),
        new ImportProblem(Kind.ZERO_AREA_BOX, "instances_val.json",
            "annotation id 6 of image a.png (car) has no area: x1=10 y1=20 x2=10 y2=60; the box is skipped"),
        new ImportProblem(Kind.MISSING_IMAGE, "instances_val.json", "image gone.png does not exist; its labels are skipped"));
  }

  @Test
  void malformedJsonIsRejected() {
    // given
    Path broken = Fixtures.text(root.resolve("broken.json"), "{\"images\": [{\"id\": \"x\"}], \"annotations\": []}");

    // when / then
    assertThatThrownBy(() -> importer.parse(broken, Optional.of(DatasetFormat.COCO)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(broken + " is not a valid COCO file: Expected a long but was x at path $.images[0].id");
  }
}
