package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
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

class VocImportTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());

  @BeforeEach
  void writeDataset() {
    Fixtures.image(root.resolve("JPEGImages/a.png"), 100, 80);
    Fixtures.text(root.resolve("Annotations/a.xml"), """
        <annotation>
          <filename>a.png</filename>
          <size><width>100</width><height>80</height><depth>3</depth></size>
          <object><name>cat</name><bndbox><xmin>11</xmin><ymin>21</ymin><xmax>50</xmax><ymax>60</ymax></bndbox></object>
          <object><name>dog</name><difficult>1</difficult>
            <bndbox><xmin>1</xmin><ymin>1</ymin><xmax>100</xmax><ymax>80</ymax></bndbox></object>
          <object><name>cat</name><bndbox><xmin>11</xmin><ymin>21</ymin><xmax>50</xmax><ymax>60</ymax></bndbox></object>
          <object><name>cat</name><bndbox><xmin>30</xmin><ymin>30</ymin><xmax>30</xmax><ymax>40</ymax></bndbox></object>
          <object><name>cat</name><bndbox><xmin>91</xmin><ymin>11</ymin><xmax>105</xmax><ymax>20</ymax></bndbox></object>
        </annotation>
        """);
    Fixtures.image(root.resolve("JPEGImages/b.png"), 64, 48);
    Fixtures.text(root.resolve("Annotations/b.xml"), "<annotation><filename>b.png</filename></annotation>");
    Fixtures.text(root.resolve("Annotations/c.xml"), "<annotation><filename>c.png</filename></annotation>");
    Fixtures.text(root.resolve("Annotations/d.xml"), "<annotation><object>");
    Fixtures.text(root.resolve("Annotations/x.xml"), """
        <?xml version="1.0"?>
        <!DOCTYPE annotation [<!ENTITY secret SYSTEM "file:///etc/hostname">]>
        <annotation><filename>&secret;</filename></annotation>
        """);
    Fixtures.image(root.resolve("JPEGImages/e.png"), 10, 10);
    Fixtures.text(root.resolve("ImageSets/Main/train.txt"), "a\n");
    Fixtures.text(root.resolve("ImageSets/Main/val.txt"), "b\n");
  }

  @Test
  void convertsOneBasedCornersToPixels() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.of(DatasetFormat.PASCAL_VOC));

    // then
    assertThat(dataset.classNames()).containsExactly("cat", "dog");
    LabelledImage first = dataset.images().get(0);
    assertThat(first.image()).isEqualTo(ImageReference.of(root.resolve("JPEGImages/a.png")));
    assertThat(first.width()).isEqualTo(100);
    assertThat(first.height()).isEqualTo(80);
    assertThat(first.split()).isEqualTo(Split.TRAIN);
    assertThat(first.boxes()).containsExactly(
        new LabelledBox(0, new BoundingBox(10, 20, 40, 40), false),
        new LabelledBox(1, new BoundingBox(0, 0, 100, 80), true),
        new LabelledBox(0, new BoundingBox(90, 10, 10, 10), false));
  }

  @Test
  void missingSizeIsReadFromImage() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.of(DatasetFormat.PASCAL_VOC));

    // then
    LabelledImage background = dataset.images().get(1);
    assertThat(background.image()).isEqualTo(ImageReference.of(root.resolve("JPEGImages/b.png")));
    assertThat(background.width()).isEqualTo(64);
    assertThat(background.height()).isEqualTo(48);
    assertThat(background.boxes()).isEmpty();
    assertThat(background.split()).isEqualTo(Split.VAL);
  }

  @Test
  void reportCountsRepairsAndSkips() {
    // when
    ImportReport report = importer.parse(root, Optional.empty()).report();

    // then
    assertThat(report.format()).isEqualTo(DatasetFormat.PASCAL_VOC);
    assertThat(report.source()).isEqualTo(root.toAbsolutePath().toString());
    assertThat(report.images()).isEqualTo(2);
    assertThat(report.boxesPerClass()).containsExactly(Map.entry("cat", 2), Map.entry("dog", 1));
    assertThat(report.backgroundImages()).isEqualTo(1);
    assertThat(report.duplicatesRemoved()).isEqualTo(1);
    assertThat(report.zeroAreaSkipped()).isEqualTo(1);
    assertThat(report.clipped()).isEqualTo(1);
    assertThat(report.splitSizes()).containsEntry(Split.TRAIN, 1).containsEntry(Split.VAL, 1).containsEntry(Split.TEST, 0);
  }

  @Test
  void reportNamesEachProblem() {
    // when
    List<ImportProblem> problems = importer.parse(root, Optional.empty()).report().problems();

    // then
    assertThat(problems).hasSize(6);
    assertThat(problems.get(0)).isEqualTo(new ImportProblem(Kind.ZERO_AREA_BOX, "Annotations/a.xml",
        "object 4 (cat) has no area: xmin=30 ymin=30 xmax=30 ymax=40; the box is skipped"));
    assertThat(problems.get(1)).isEqualTo(new ImportProblem(Kind.BOX_OUTSIDE_IMAGE, "Annotations/a.xml",
        "object 5 (cat) reaches outside the 100x80 image: x1=90 y1=10 x2=105 y2=20; the box is clipped"));
    assertThat(problems.get(2)).isEqualTo(new ImportProblem(Kind.LABEL_WITHOUT_IMAGE, "Annotations/c.xml",
        "image JPEGImages/c.png does not exist; its labels are skipped"));
    assertThat(problems.get(3).kind()).isEqualTo(Kind.UNREADABLE_LABEL_FILE);
    assertThat(problems.get(3).file()).isEqualTo("Annotations/d.xml");
    assertThat(problems.get(3).detail()).startsWith("not well-formed XML (").endsWith("); the image is skipped");
    assertThat(problems.get(4).kind()).isEqualTo(Kind.UNREADABLE_LABEL_FILE);
    assertThat(problems.get(4).file()).isEqualTo("Annotations/x.xml");
    assertThat(problems.get(4).detail()).contains("DOCTYPE");
    assertThat(problems.get(5)).isEqualTo(new ImportProblem(Kind.IMAGE_WITHOUT_LABEL, "JPEGImages/e.png",
        "no annotation file names this image; the image is skipped"));
  }

  @Test
  void classListFileFixesClassOrder() {
    // given
    Fixtures.text(root.resolve("classes.txt"), "dog\ncat\nbird\n");

    // when
    ParsedDataset dataset = importer.parse(root, Optional.empty());

    // then
    assertThat(dataset.classNames()).containsExactly("dog", "cat", "bird");
    assertThat(dataset.report().boxesPerClass()).containsExactly(Map.entry("dog", 1), Map.entry("cat", 2), Map.entry("bird", 0));
    assertThat(dataset.images().get(0).boxes().get(0).classIndex()).isEqualTo(1);
  }
}
