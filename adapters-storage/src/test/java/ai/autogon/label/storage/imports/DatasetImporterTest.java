package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.error.InvalidValueException;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetImporterTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());

  @Test
  void missingPathIsRejected() {
    // given
    Path missing = root.resolve("nothing");

    // when / then
    assertThatThrownBy(() -> importer.parse(missing, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("dataset path " + missing + " does not exist");
  }

  @Test
  void unknownLayoutIsRejected() {
    // given
    Fixtures.text(root.resolve("notes.md"), "hello");

    // when / then
    assertThatThrownBy(() -> importer.parse(root, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("failed to detect the dataset format of " + root + ": expected a directory with Annotations/ (Pascal VOC),"
            + " data.yaml or classes.txt (YOLO) or annotations.xml (CVAT), or a COCO or Label Studio .json file;"
            + " pass the format (voc, coco, yolo, labelstudio, cvat) explicitly");
  }

  @Test
  void wrongExplicitFormatIsRejected() {
    // given
    Path coco = Fixtures.text(root.resolve("instances.json"), "{\"images\": [], \"annotations\": [], \"categories\": []}");

    // when / then
    assertThatThrownBy(() -> importer.parse(root, Optional.of(DatasetFormat.PASCAL_VOC)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(root + " is not a Pascal VOC dataset: it has no Annotations directory");
    assertThatThrownBy(() -> importer.parse(coco, Optional.of(DatasetFormat.LABEL_STUDIO)))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage(coco + " is not a valid Label Studio file: Expected BEGIN_ARRAY but was BEGIN_OBJECT at path $");
  }

  @Test
  void datasetWithoutUsableImageIsRejected() {
    // given
    Fixtures.text(root.resolve("Annotations/a.xml"), "<annotation><filename>a.jpg</filename></annotation>");

    // when / then
    assertThatThrownBy(() -> importer.parse(root, Optional.empty()))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("no usable image in " + root + " read as voc (1 problems, first: Annotations/a.xml: image JPEGImages/a.jpg"
            + " does not exist; its labels are skipped); check the path and the format");
  }

  @Test
  void unreadableImageIsSkipped() {
    // given
    Fixtures.image(root.resolve("JPEGImages/good.png"), 10, 10);
    Fixtures.text(root.resolve("JPEGImages/bad.png"), "not an image");
    Fixtures.text(root.resolve("Annotations/good.xml"), "<annotation><filename>good.png</filename></annotation>");
    Fixtures.text(root.resolve("Annotations/bad.xml"), "<annotation><filename>bad.png</filename></annotation>");

    // when
    var report = importer.parse(root, Optional.empty()).report();

    // then
    assertThat(report.images()).isEqualTo(1);
    assertThat(report.problems()).hasSize(1);
    assertThat(report.problems().get(0).file()).isEqualTo("JPEGImages/bad.png");
    assertThat(report.problems().get(0).detail())
        .isEqualTo("image " + root.resolve("JPEGImages/bad.png").toUri() + " is not in a supported format; the image is skipped");
  }

  @Test
  void sizeDifferentFromAnnotationIsReported() {
    // given
    Fixtures.image(root.resolve("JPEGImages/a.png"), 30, 20);
    Fixtures.text(root.resolve("Annotations/a.xml"),
        "<annotation><filename>a.png</filename><size><width>60</width><height>40</height></size></annotation>");

    // when
    var dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.images().get(0).width()).isEqualTo(30);
    assertThat(dataset.report().problems().get(0).detail())
        .isEqualTo("the annotation gives 60x40 but JPEGImages/a.png is 30x20; the image file's size is used");
  }

  @Test
  void userFilesAreNotModified() throws Exception {
    // given
    Path image = Fixtures.image(root.resolve("JPEGImages/a.png"), 10, 10);
    Path annotation = Fixtures.text(root.resolve("Annotations/a.xml"), "<annotation><filename>a.png</filename></annotation>");
    long imageModified = java.nio.file.Files.getLastModifiedTime(image).toMillis();
    byte[] annotationBytes = java.nio.file.Files.readAllBytes(annotation);

    // when
    importer.parse(root, Optional.empty());

    // then
    assertThat(java.nio.file.Files.getLastModifiedTime(image).toMillis()).isEqualTo(imageModified);
    assertThat(java.nio.file.Files.readAllBytes(annotation)).isEqualTo(annotationBytes);
    try (var entries = java.nio.file.Files.list(root)) {
      assertThat(entries.map(path -> path.getFileName().toString()).sorted()).containsExactly("Annotations", "JPEGImages");
    }
  }
}
