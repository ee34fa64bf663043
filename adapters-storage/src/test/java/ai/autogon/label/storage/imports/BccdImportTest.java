package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Imports the BCCD blood cell dataset (Pascal VOC, 364 images) from the shared dataset directory. */
class BccdImportTest {
  /**
   * The dataset lies in {@code shared/} next to the repository; surefire runs in the module directory, so that is
   * {@code ../../shared} for a checkout and one level further up for a git worktree kept in a sibling directory.
   */
  private static final Path BCCD = Stream.of(
          Path.of("..", "..", "shared", "datasets", "bccd"), Path.of("..", "..", "..", "shared", "datasets", "bccd"))
      .filter(Files::isDirectory)
      .findFirst()
      .orElse(Path.of("..", "..", "shared", "datasets", "bccd"));

  private static ParsedDataset dataset;

  @BeforeAll
  static void importOnce() {
    assumeTrue(Files.isDirectory(BCCD), "BCCD dataset not found at " + BCCD.toAbsolutePath());
    dataset = new DatasetImporter(new ImageIoSizes()).parse(BCCD, Optional.empty());
  }

  @Test
  void importsEveryImageWithItsSplit() {
    // when
    ImportReport report = dataset.report();

    // then
    assertThat(report.format()).isEqualTo(DatasetFormat.PASCAL_VOC);
    assertThat(report.images()).isEqualTo(364);
    assertThat(report.splitSizes()).containsExactly(
        Map.entry(Split.TRAIN, 205), Map.entry(Split.VAL, 87), Map.entry(Split.TEST, 72), Map.entry(Split.UNASSIGNED, 0));
    assertThat(report.backgroundImages()).isZero();
  }

  @Test
  void keepsUsableBoxesPerClass() {
    // when
    ImportReport report = dataset.report();

    // then
    assertThat(dataset.classNames()).containsExactly("RBC", "WBC", "Platelets");
    assertThat(report.boxes()).isEqualTo(4886);
    assertThat(report.boxesPerClass()).containsExactly(Map.entry("RBC", 4153), Map.entry("WBC", 372), Map.entry("Platelets", 361));
    assertThat(report.duplicatesRemoved()).isZero();
    assertThat(report.clipped()).isZero();
  }

  @Test
  void reportsTheTwoZeroAreaBoxes() {
    // when
    ImportReport report = dataset.report();

    // then
    assertThat(report.zeroAreaSkipped()).isEqualTo(2);
    assertThat(report.problems()).containsExactly(
        new ImportProblem(Kind.ZERO_AREA_BOX, "Annotations/BloodImage_00338.xml",
            "object 13 (RBC) has no area: xmin=504 ymin=337 xmax=504 ymax=337; the box is skipped"),
        new ImportProblem(Kind.ZERO_AREA_BOX, "Annotations/BloodImage_00343.xml",
            "object 4 (RBC) has no area: xmin=181 ymin=329 xmax=181 ymax=329; the box is skipped"));
  }

  @Test
  void convertsFirstBoxToZeroBasedPixels() {
    // given the first object of BloodImage_00000.xml: WBC, xmin 260, ymin 177, xmax 491, ymax 376
    LabelledImage first = dataset.images().get(0);

    // then
    assertThat(first.image()).isEqualTo(ImageReference.of(BCCD.resolve("JPEGImages/BloodImage_00000.jpg")));
    assertThat(first.width()).isEqualTo(640);
    assertThat(first.height()).isEqualTo(480);
    assertThat(first.split()).isEqualTo(Split.VAL);
    assertThat(first.boxes().get(0).classIndex()).isEqualTo(1);
    assertThat(first.boxes().get(0).box()).isEqualTo(new BoundingBox(259, 176, 232, 200));
  }
}
