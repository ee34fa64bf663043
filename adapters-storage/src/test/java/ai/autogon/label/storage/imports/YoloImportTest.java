package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloImportTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());

  @BeforeEach
  void writeDataset() {
    Fixtures.text(root.resolve("data.yaml"), """
        path: .
        train: images/train
        val: images/val
        names:
          0: cat
          1: dog
        """);
    Fixtures.image(root.resolve("images/train/a.png"), 100, 80);
    Fixtures.text(root.resolve("labels/train/a.txt"), """
        0 0.5 0.5 0.5 0.5
        1 0.5 0.5 1.01 0.5
        0 0.9 0.5 0.4 0.2
        5 0.5 0.5 0.1 0.1
        0 0.5 0.5 0.5 0.5
        0 0.5 0.5 0.5
        """);
    Fixtures.image(root.resolve("images/val/b.png"), 64, 48);
    Fixtures.text(root.resolve("labels/val/b.txt"), "");
    Fixtures.image(root.resolve("images/val/c.png"), 64, 48);
    Fixtures.text(root.resolve("labels/train/orphan.txt"), "0 0.5 0.5 0.1 0.1\n");
  }

  @Test
  void convertsNormalisedCentresToPixels() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.of(DatasetFormat.YOLO));

    // then
    assertThat(dataset.classNames()).containsExactly("cat", "dog");
    LabelledImage first = dataset.images().get(0);
    assertThat(first.split()).isEqualTo(Split.TRAIN);
    assertThat(first.boxes()).containsExactly(
        new LabelledBox(0, new BoundingBox(25, 20, 50, 40)),
        new LabelledBox(1, new BoundingBox(0, 20, 100, 40)),
        new LabelledBox(0, new BoundingBox(70, 32, 30, 16)));
  }

  @Test
  void emptyLabelFileIsBackground() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.images()).hasSize(2);
    assertThat(dataset.images().get(1).boxes()).isEmpty();
    assertThat(dataset.images().get(1).split()).isEqualTo(Split.VAL);
    assertThat(dataset.report().backgroundImages()).isEqualTo(1);
  }

  @Test
  void smallOvershootIsClippedQuietly() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then both overshooting boxes are clipped, but only the one beyond 1% is listed
    assertThat(dataset.report().clipped()).isEqualTo(2);
    assertThat(dataset.report().problemsOf(Kind.BOX_OUTSIDE_IMAGE)).containsExactly(
        new ImportProblem(Kind.BOX_OUTSIDE_IMAGE, "labels/train/a.txt",
            "line 3 (cat) reaches outside the 100x80 image: x1=70 y1=32 x2=110 y2=48; the box is clipped"));
  }

  @Test
  void reportListsBadLinesAndFiles() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.report().boxesPerClass()).containsExactly(Map.entry("cat", 2), Map.entry("dog", 1));
    assertThat(dataset.report().duplicatesRemoved()).isEqualTo(1);
    List<ImportProblem> others = dataset.report().problems().stream()
        .filter(problem -> problem.kind() != Kind.BOX_OUTSIDE_IMAGE)
        .toList();
    assertThat(others).containsExactly(
        new ImportProblem(Kind.UNKNOWN_CLASS, "labels/train/a.txt",
            "line 4 has class id 5, but the 2 class names cover ids 0 to 1; the box is skipped"),
        new ImportProblem(Kind.INVALID_BOX, "labels/train/a.txt",
            "line 6 has 4 values, expected 5 (class x_center y_center width height); the line is skipped"),
        new ImportProblem(Kind.IMAGE_WITHOUT_LABEL, "images/val/c.png", "no label file found for this image; the image is skipped"),
        new ImportProblem(Kind.LABEL_WITHOUT_IMAGE, "labels/train/orphan.txt",
            "no image with the same name was found; the file is skipped"));
  }

  @Test
  void classesTxtGivesNamesWithoutYaml() {
    // given
    Path flat = root.resolve("flat");
    Fixtures.text(flat.resolve("classes.txt"), "person\n");
    Fixtures.image(flat.resolve("x.png"), 10, 10);
    Fixtures.text(flat.resolve("x.txt"), "0 0.5 0.5 0.2 0.2\n");

    // when
    ParsedDataset dataset = importer.parse(flat, Optional.empty());

    // then
    assertThat(dataset.classNames()).containsExactly("person");
    assertThat(dataset.images().get(0).boxes()).containsExactly(new LabelledBox(0, new BoundingBox(4, 4, 2, 2)));
    assertThat(dataset.images().get(0).split()).isEqualTo(Split.UNASSIGNED);
  }

  @Test
  void missingClassNamesAreRejected() {
    // given
    Path bare = root.resolve("bare");
    Fixtures.image(bare.resolve("x.png"), 10, 10);

    // when / then
    assertThatThrownBy(() -> importer.parse(bare, Optional.of(DatasetFormat.YOLO)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(bare + " is not a YOLO dataset: it has no data.yaml, classes.txt or obj.names with the class names");
  }
}
