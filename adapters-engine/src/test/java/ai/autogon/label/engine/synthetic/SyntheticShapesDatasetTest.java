package ai.autogon.label.engine.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticShapesDatasetTest {
  @TempDir Path directory;

  @Test
  void sameSeedGivesSameImages() {
    // given
    SyntheticShapesDataset first = SyntheticShapesDataset.builder().seed(7).imageCount(5).build();
    SyntheticShapesDataset second = SyntheticShapesDataset.builder().seed(7).imageCount(5).build();

    // when
    List<SyntheticImage> firstImages = first.generate();
    List<SyntheticImage> secondImages = second.generate();

    // then
    for (int i = 0; i < 5; i++) {
      assertThat(secondImages.get(i).shapes()).isEqualTo(firstImages.get(i).shapes());
      assertThat(secondImages.get(i).split()).isEqualTo(firstImages.get(i).split());
      assertThat(pixels(secondImages.get(i).image())).isEqualTo(pixels(firstImages.get(i).image()));
    }
  }

  @Test
  void otherSeedGivesOtherImages() {
    // given
    SyntheticImage seven = SyntheticShapesDataset.builder().seed(7).imageCount(1).build().image(0);
    SyntheticImage eight = SyntheticShapesDataset.builder().seed(8).imageCount(1).build().image(0);

    // then
    assertThat(pixels(eight.image())).isNotEqualTo(pixels(seven.image()));
  }

  @Test
  void singleImageEqualsGeneratedOne() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(3).imageCount(4).build();

    // when
    SyntheticImage third = dataset.image(2);

    // then
    SyntheticImage generated = dataset.generate().get(2);
    assertThat(third.fileName()).isEqualTo("shapes-00002.png");
    assertThat(third.shapes()).isEqualTo(generated.shapes());
    assertThat(pixels(third.image())).isEqualTo(pixels(generated.image()));
  }

  @Test
  void imageSizesStayInRange() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder()
        .seed(11).imageCount(40).imageSizeRange(160, 160, 640, 480).build();

    // when
    List<SyntheticImage> images = dataset.generate();

    // then
    assertThat(images).allSatisfy(image -> {
      assertThat(image.width()).isBetween(160, 640);
      assertThat(image.height()).isBetween(160, 480);
    });
    assertThat(images.stream().map(SyntheticImage::width).distinct().count()).isGreaterThan(10);
  }

  @Test
  void boxesLieInsideImageAndKeepSizeLimits() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder()
        .seed(5).imageCount(60).imageSizeRange(160, 160, 320, 240).shapeSize(20, 60)
        .kinds(ShapeKind.values()).build();

    // when
    List<SyntheticImage> images = dataset.generate();

    // then
    for (SyntheticImage image : images) {
      assertThat(image.shapes()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
      for (SyntheticShape shape : image.shapes()) {
        BoundingBox box = shape.box();
        assertThat(box.x()).isGreaterThanOrEqualTo(0);
        assertThat(box.y()).isGreaterThanOrEqualTo(0);
        assertThat(box.right()).isLessThanOrEqualTo(image.width());
        assertThat(box.bottom()).isLessThanOrEqualTo(image.height());
        assertThat(Math.max(box.width(), box.height())).isBetween(20 - 1e-6, 60 + 1e-6);
      }
    }
  }

  @Test
  void shapesOverlapOnlyUpToLimit() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder()
        .seed(9).imageCount(60).shapesPerImage(3, 6).maxOverlap(0.1).build();

    // when
    List<SyntheticImage> images = dataset.generate();

    // then
    for (SyntheticImage image : images) {
      List<SyntheticShape> shapes = image.shapes();
      for (int i = 0; i < shapes.size(); i++) {
        for (int j = i + 1; j < shapes.size(); j++) {
          assertThat(coveredShareOfSmaller(shapes.get(i).box(), shapes.get(j).box())).isLessThanOrEqualTo(0.1 + 1e-9);
        }
      }
    }
  }

  @Test
  void boxesMatchDrawnShapes() {
    // given: one shape per image, so everything outside the box is background
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder()
        .seed(21).imageCount(60).shapesPerImage(1, 1).kinds(ShapeKind.values()).build();

    // when
    List<SyntheticImage> images = dataset.generate();

    // then: each edge has fill-coloured pixels within 5 pixels inside it and none in the 2 pixels just outside it
    for (SyntheticImage image : images) {
      SyntheticShape shape = image.shapes().get(0);
      BoundingBox box = shape.box();
      int left = (int) Math.floor(box.x());
      int top = (int) Math.floor(box.y());
      int right = (int) Math.ceil(box.right());
      int bottom = (int) Math.ceil(box.bottom());
      String where = image.fileName() + " " + shape;

      assertThat(countFill(image, shape.colour(), left, top, left + 5, bottom)).as("left edge of %s", where).isPositive();
      assertThat(countFill(image, shape.colour(), right - 5, top, right, bottom)).as("right edge of %s", where).isPositive();
      assertThat(countFill(image, shape.colour(), left, top, right, top + 5)).as("top edge of %s", where).isPositive();
      assertThat(countFill(image, shape.colour(), left, bottom - 5, right, bottom)).as("bottom edge of %s", where).isPositive();

      assertThat(countFill(image, shape.colour(), left - 3, top, left - 1, bottom)).as("left of %s", where).isZero();
      assertThat(countFill(image, shape.colour(), right + 1, top, right + 3, bottom)).as("right of %s", where).isZero();
      assertThat(countFill(image, shape.colour(), left, top - 3, right, top - 1)).as("above %s", where).isZero();
      assertThat(countFill(image, shape.colour(), left, bottom + 1, right, bottom + 3)).as("below %s", where).isZero();
    }
  }

  @Test
  void classesAreRoughlyBalanced() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(13).imageCount(200).imageSize(96, 96).build();

    // when
    Map<ShapeKind, Integer> counts = new EnumMap<>(ShapeKind.class);
    for (SyntheticImage image : dataset.generate()) {
      image.shapes().forEach(shape -> counts.merge(shape.kind(), 1, Integer::sum));
    }

    // then: each of the three default classes within 20 % of the mean
    int total = counts.values().stream().mapToInt(Integer::intValue).sum();
    double mean = total / 3.0;
    assertThat(counts).containsOnlyKeys(ShapeKind.CIRCLE, ShapeKind.SQUARE, ShapeKind.TRIANGLE);
    assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween((int) (mean * 0.8), (int) (mean * 1.2)));
  }

  @Test
  void classIndicesFollowKindOrder() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder()
        .seed(1).imageCount(20).kinds(ShapeKind.STAR, ShapeKind.CIRCLE).build();

    // when
    List<SyntheticImage> images = dataset.generate();

    // then
    assertThat(dataset.classNames()).containsExactly("star", "circle");
    assertThat(images.stream().flatMap(image -> image.shapes().stream()))
        .allSatisfy(shape -> assertThat(dataset.classNames().get(shape.classIndex())).isEqualTo(shape.kind().label()));
  }

  @Test
  void splitsFollowFractions() {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(4).imageCount(100).imageSize(64, 64).splits(0.2, 0.1).build();

    // when
    List<Split> splits = dataset.generate().stream().map(SyntheticImage::split).toList();

    // then
    assertThat(splits.stream().filter(split -> split == Split.VAL)).hasSize(20);
    assertThat(splits.stream().filter(split -> split == Split.TEST)).hasSize(10);
    assertThat(splits.stream().filter(split -> split == Split.TRAIN)).hasSize(70);
  }

  @Test
  void writesReadablePngFiles() throws IOException {
    // given
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(2).imageCount(3).build();

    // when
    SyntheticProject project = dataset.writeTo(directory.resolve("shapes"));

    // then
    assertThat(project.classNames()).containsExactly("circle", "square", "triangle");
    assertThat(project.images()).hasSize(3);
    for (int i = 0; i < 3; i++) {
      LabelledImage written = project.images().get(i);
      SyntheticImage expected = dataset.image(i);
      Path file = written.image().toPath();
      assertThat(file).isEqualTo(directory.resolve("shapes").resolve(expected.fileName()).toAbsolutePath().normalize());

      BufferedImage read = ImageIO.read(file.toFile());
      assertThat(read.getWidth()).isEqualTo(written.width());
      assertThat(read.getHeight()).isEqualTo(written.height());
      assertThat(pixels(read)).isEqualTo(pixels(expected.image()));
      assertThat(written.boxes()).isEqualTo(expected.boxes());
      assertThat(written.split()).isEqualTo(expected.split());
    }
    try (Stream<Path> files = Files.list(directory.resolve("shapes"))) {
      assertThat(files.map(path -> path.getFileName().toString()))
          .containsExactlyInAnyOrder("shapes-00000.png", "shapes-00001.png", "shapes-00002.png");
    }
  }

  @Test
  void writtenImagesMakeProject() {
    // given
    SyntheticProject written = SyntheticShapesDataset.builder().seed(2).imageCount(2).build().writeTo(directory);

    // when
    Project project = written.toProject(ProjectId.of(3), AppId.of(4), "shapes", Instant.EPOCH);

    // then
    assertThat(project.classNames()).isEqualTo(written.classNames());
    assertThat(project.images()).isEqualTo(written.images());
  }

  @Test
  void rejectsDirectoryWithSameFileNames() throws IOException {
    // given
    Path existing = directory.resolve("shapes-00001.png");
    Files.writeString(existing, "not an image");
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().seed(2).imageCount(3).build();

    // then: nothing is written, and the existing file is untouched
    assertThatThrownBy(() -> dataset.writeTo(directory))
        .isInstanceOf(StorageException.class)
        .hasMessage("cannot write " + existing.toAbsolutePath() + ": the file already exists; choose another directory");
    assertThat(directory.resolve("shapes-00000.png")).doesNotExist();
    assertThat(existing).hasContent("not an image");
  }

  @Test
  void convertsToRgbImage() {
    // given
    SyntheticImage image = SyntheticShapesDataset.builder().imageCount(1).imageSize(64, 48).build().image(0);

    // when
    RgbImage rgb = image.toRgbImage();

    // then
    int pixel = image.image().getRGB(10, 20);
    assertThat(rgb.width()).isEqualTo(64);
    assertThat(rgb.height()).isEqualTo(48);
    assertThat(rgb.channel(10, 20, 0)).isEqualTo(pixel >> 16 & 0xFF);
    assertThat(rgb.channel(10, 20, 1)).isEqualTo(pixel >> 8 & 0xFF);
    assertThat(rgb.channel(10, 20, 2)).isEqualTo(pixel & 0xFF);
  }

  @Test
  void rejectsShapesLargerThanImage() {
    SyntheticShapesDataset.Builder builder = SyntheticShapesDataset.builder().imageSize(100, 80).shapeSize(20, 80);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxShapeSize must fit the smallest image side 80 less a 2-pixel margin on each side, so at most 76, got 80");
  }

  @Test
  void rejectsRepeatedKinds() {
    SyntheticShapesDataset.Builder builder = SyntheticShapesDataset.builder().kinds(ShapeKind.STAR, ShapeKind.STAR);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("kinds must not repeat a kind, got [STAR, STAR]");
  }

  @Test
  void rejectsTinyImages() {
    SyntheticShapesDataset.Builder builder = SyntheticShapesDataset.builder().imageSize(16, 240);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("minWidth must be between 32 and 4096 pixels, got 16");
  }

  @Test
  void rejectsSplitsAboveOne() {
    SyntheticShapesDataset.Builder builder = SyntheticShapesDataset.builder().splits(0.75, 0.5);

    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("validationFraction + testFraction must be at most 1, got 1.25");
  }

  @Test
  void rejectsIndexOutsideDataset() {
    SyntheticShapesDataset dataset = SyntheticShapesDataset.builder().imageCount(2).build();

    assertThatThrownBy(() -> dataset.image(2))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("image index must be between 0 and 1, got 2");
  }

  private static int[] pixels(BufferedImage image) {
    return image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
  }

  /** Counts pixels in {@code [x0, x1) x [y0, y1)}, clipped to the image, within the final noise of a fill colour. */
  private static int countFill(SyntheticImage image, Color fill, int x0, int y0, int x1, int y1) {
    int count = 0;
    for (int y = Math.max(0, y0); y < Math.min(image.height(), y1); y++) {
      for (int x = Math.max(0, x0); x < Math.min(image.width(), x1); x++) {
        int rgb = image.image().getRGB(x, y);
        if (Math.abs((rgb >> 16 & 0xFF) - fill.getRed()) <= ImageGenerator.FINAL_NOISE
            && Math.abs((rgb >> 8 & 0xFF) - fill.getGreen()) <= ImageGenerator.FINAL_NOISE
            && Math.abs((rgb & 0xFF) - fill.getBlue()) <= ImageGenerator.FINAL_NOISE) {
          count++;
        }
      }
    }
    return count;
  }

  private static double coveredShareOfSmaller(BoundingBox a, BoundingBox b) {
    double overlapWidth = Math.min(a.right(), b.right()) - Math.max(a.x(), b.x());
    double overlapHeight = Math.min(a.bottom(), b.bottom()) - Math.max(a.y(), b.y());
    if (overlapWidth <= 0 || overlapHeight <= 0) {
      return 0;
    }
    return overlapWidth * overlapHeight / Math.min(a.area(), b.area());
  }
}
