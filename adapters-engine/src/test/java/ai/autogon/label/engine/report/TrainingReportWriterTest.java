package ai.autogon.label.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.application.evaluation.DetectionEvaluation;
import ai.autogon.label.application.evaluation.DetectionEvaluator;
import ai.autogon.label.application.evaluation.EvaluationImage;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.project.LabelledBox;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainingReportWriterTest {
  static {
    // Set before this class touches AWT, so the charts are drawn as on a server without a display.
    System.setProperty("java.awt.headless", "true");
  }

  private static final List<String> CLASSES = List.of("circle", "square", "triangle");
  private static final int CIRCLE = 0;
  private static final int SQUARE = 1;

  private final TrainingReportWriter writer = new TrainingReportWriter();

  @TempDir
  Path directory;

  @Test
  void resultsCsvMatchesHistoryExactly() throws IOException {
    // given: two epochs, the first without validation metrics, and a comma in a loss name
    Locale previous = Locale.getDefault();
    Locale.setDefault(Locale.GERMANY);
    List<EpochResult> epochs = List.of(
        new EpochResult(1, losses(2.5, 1.25, "x,y", 0.1), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.01, 12.5),
        new EpochResult(2, losses(1.2345678, 0.5, "x,y", 0.0), 0.75, 0.5, 0.625, 0.3125, 0.0001, 10));

    // when
    try {
      writer.writeHistory(epochs, directory);
    } finally {
      Locale.setDefault(previous);
    }

    // then
    String csv = Files.readString(directory.resolve("results.csv"), StandardCharsets.UTF_8);
    assertThat(csv).isEqualTo(
        "epoch,train/box,train/cls,\"train/x,y\",precision,recall,mAP50,mAP50-95,lr,seconds\r\n"
            + "1,2.5,1.25,0.1,,,,,0.01,12.5\r\n"
            + "2,1.23457,0.5,0,0.75,0.5,0.625,0.3125,0.0001,10\r\n");
  }

  @Test
  void resultsCsvQuotesQuotesInNames() throws IOException {
    // given
    Map<String, Double> losses = new LinkedHashMap<>();
    losses.put("say \"box\"", 1.0);
    List<EpochResult> epochs = List.of(new EpochResult(1, losses, 0, 0, 0, 0, 0, 0));

    // when
    writer.writeHistory(epochs, directory);

    // then
    String header = Files.readAllLines(directory.resolve("results.csv")).get(0);
    assertThat(header).isEqualTo("epoch,\"train/say \"\"box\"\"\",precision,recall,mAP50,mAP50-95,lr,seconds");
  }

  @Test
  void writeReturnsEveryFileOfTheReport() {
    // given
    TrainingReport report = new TrainingReport(CLASSES, history(), evaluation(), samples());

    // when
    List<Path> written = writer.write(report, directory);

    // then
    assertThat(written).containsExactly(
        directory.resolve("results.csv"),
        directory.resolve("losses.png"),
        directory.resolve("metrics.png"),
        directory.resolve("pr_curve.png"),
        directory.resolve("confusion_matrix.png"),
        directory.resolve("val_samples.png"));
    assertThat(written).allSatisfy(file -> assertThat(file).isRegularFile());
  }

  @Test
  void everyPngDecodesWithSensibleSizeAndContent() throws IOException {
    // given
    TrainingReport report = new TrainingReport(CLASSES, history(), evaluation(), samples());

    // when
    List<Path> written = writer.write(report, directory);

    // then
    for (Path file : written.subList(1, written.size())) {
      assertReadablePicture(file);
    }
  }

  @Test
  void leavesNoTemporaryFilesBehind() throws IOException {
    // given
    TrainingReport report = new TrainingReport(CLASSES, history(), evaluation(), samples());

    // when
    List<Path> written = writer.write(report, directory);

    // then
    try (Stream<Path> files = Files.list(directory)) {
      assertThat(files.toList()).containsExactlyInAnyOrderElementsOf(written);
    }
  }

  @Test
  void rewritingReplacesEarlierFiles() throws IOException {
    // given: a report of one epoch already written
    writer.writeHistory(history().subList(0, 1), directory);

    // when
    writer.writeHistory(history(), directory);

    // then
    assertThat(Files.readAllLines(directory.resolve("results.csv"))).hasSize(1 + history().size());
  }

  @Test
  void singleEpochHistoryStillDrawsCharts() throws IOException {
    // given
    TrainingReport report = new TrainingReport(CLASSES, history().subList(0, 1), evaluation(), List.of());

    // when
    List<Path> written = writer.write(report, directory);

    // then
    assertThat(written).doesNotContain(directory.resolve("val_samples.png"));
    assertReadablePicture(directory.resolve("losses.png"));
    assertReadablePicture(directory.resolve("metrics.png"));
  }

  @Test
  void emptyHistoryWritesHeaderAndNoDataCharts() throws IOException {
    // given
    TrainingReport report = new TrainingReport(CLASSES, List.of(), evaluation(), List.of());

    // when
    writer.write(report, directory);

    // then
    assertThat(Files.readString(directory.resolve("results.csv")))
        .isEqualTo("epoch,precision,recall,mAP50,mAP50-95,lr,seconds\r\n");
    assertReadablePicture(directory.resolve("losses.png"));
    assertReadablePicture(directory.resolve("metrics.png"));
  }

  @Test
  void nanEverywhereNeverThrows() throws IOException {
    // given: every value of every epoch is missing, and no image has ground truth
    double nan = Double.NaN;
    List<EpochResult> epochs = List.of(
        new EpochResult(1, losses(nan, nan, "dfl", nan), nan, nan, nan, nan, nan, nan),
        new EpochResult(2, losses(nan, Double.POSITIVE_INFINITY, "dfl", nan), nan, nan, nan, nan, nan, nan));
    DetectionEvaluation noGroundTruth = new DetectionEvaluator().evaluate(
        CLASSES, List.of(new EvaluationImage(List.of(), List.of(detection(CIRCLE, 0.9, 10, 10, 20, 20)))));
    TrainingReport report = new TrainingReport(CLASSES, epochs, noGroundTruth, List.of());

    // when
    List<Path> written = writer.write(report, directory);

    // then
    assertThat(noGroundTruth.classes().get(CIRCLE).ap50()).isNaN();
    assertThat(Files.readAllLines(directory.resolve("results.csv")))
        .containsExactly("epoch,train/box,train/cls,train/dfl,precision,recall,mAP50,mAP50-95,lr,seconds",
            "1,,,,,,,,,", "2,,,,,,,,,");
    for (Path file : written.subList(1, written.size())) {
      assertReadablePicture(file);
    }
  }

  @Test
  void prCurveWithNanClassIsDrawn() throws IOException {
    // given: triangle has no ground truth, so its evaluation contains NaN
    DetectionEvaluation evaluation = evaluation();
    assertThat(evaluation.classes().get(2).ap50()).isNaN();
    TrainingReport report = new TrainingReport(CLASSES, history(), evaluation, List.of());

    // when
    writer.write(report, directory);

    // then
    assertReadablePicture(directory.resolve("pr_curve.png"));
  }

  @Test
  void manyClassesFitTheConfusionMatrix() throws IOException {
    // given: 40 classes, more than the matrix prints counts for
    List<String> classes = Stream.iterate(0, i -> i + 1).limit(40).map(i -> "class" + i).toList();
    DetectionEvaluation evaluation = new DetectionEvaluator().evaluate(classes, List.of(new EvaluationImage(
        List.of(new LabelledBox(3, new BoundingBox(0, 0, 10, 10))), List.of(detection(3, 0.9, 0, 0, 10, 10)))));
    TrainingReport report = new TrainingReport(classes, history(), evaluation, List.of());

    // when
    writer.write(report, directory);

    // then
    BufferedImage matrix = assertReadablePicture(directory.resolve("confusion_matrix.png"));
    assertThat(matrix.getHeight()).isLessThanOrEqualTo(2400);
  }

  @Test
  void rejectsEpochsOutOfOrder() {
    // given
    List<EpochResult> epochs = List.of(history().get(1), history().get(0));

    // when / then
    assertThatThrownBy(() -> new TrainingReport(CLASSES, epochs, evaluation(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epochs must be in ascending order, got epoch 1 after epoch 2");
  }

  @Test
  void rejectsEvaluationOfOtherClasses() {
    // given
    List<String> otherClasses = List.of("cat", "dog", "bird");

    // when / then
    assertThatThrownBy(() -> new TrainingReport(otherClasses, history(), evaluation(), List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("evaluation class names [circle, square, triangle] differ from the report class names"
            + " [cat, dog, bird]");
  }

  @Test
  void rejectsEpochZero() {
    // when / then
    assertThatThrownBy(() -> new EpochResult(0, Map.of(), 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("epoch must be >= 1, got 0");
  }

  private static BufferedImage assertReadablePicture(Path file) throws IOException {
    BufferedImage image = ImageIO.read(file.toFile());
    assertThat(image).as("decoded %s", file).isNotNull();
    assertThat(image.getWidth()).as("width of %s", file).isBetween(400, 4000);
    assertThat(image.getHeight()).as("height of %s", file).isBetween(300, 4000);
    assertThat(distinctColours(image)).as("distinct colours in %s", file).isGreaterThan(2);
    return image;
  }

  private static long distinctColours(BufferedImage image) {
    return Stream.iterate(0, i -> i + 1)
        .limit((long) image.getWidth() * image.getHeight())
        .map(i -> image.getRGB(i % image.getWidth(), i / image.getWidth()))
        .distinct()
        .limit(100)
        .count();
  }

  private static Map<String, Double> losses(double box, double cls, String thirdName, double third) {
    Map<String, Double> losses = new LinkedHashMap<>();
    losses.put("box", box);
    losses.put("cls", cls);
    losses.put(thirdName, third);
    return losses;
  }

  private static List<EpochResult> history() {
    return List.of(
        new EpochResult(1, losses(3.1, 2.4, "dfl", 1.9), 0.2, 0.1, 0.05, 0.02, 0.001, 30),
        new EpochResult(2, losses(2.2, 1.6, "dfl", 1.5), 0.45, 0.35, 0.3, 0.14, 0.0009, 29),
        new EpochResult(3, losses(1.7, 1.1, "dfl", 1.3), Double.NaN, Double.NaN, Double.NaN, Double.NaN, 0.0008, 28),
        new EpochResult(4, losses(1.4, 0.8, "dfl", 1.2), 0.7, 0.62, 0.66, 0.41, 0.0007, 29));
  }

  /** Evaluates circles found well, squares half found with a confusion, and no triangles in the ground truth. */
  private static DetectionEvaluation evaluation() {
    List<EvaluationImage> images = List.of(
        new EvaluationImage(
            List.of(truth(CIRCLE, 10, 10, 40, 40), truth(SQUARE, 60, 60, 30, 30)),
            List.of(detection(CIRCLE, 0.95, 11, 11, 40, 40), detection(SQUARE, 0.4, 60, 61, 30, 30))),
        new EvaluationImage(
            List.of(truth(CIRCLE, 20, 20, 50, 50), truth(SQUARE, 5, 5, 20, 20)),
            List.of(detection(CIRCLE, 0.85, 20, 22, 50, 48), detection(CIRCLE, 0.6, 5, 5, 20, 20),
                detection(2, 0.3, 70, 70, 20, 20))),
        new EvaluationImage(
            List.of(truth(CIRCLE, 0, 0, 30, 30)),
            List.of(detection(CIRCLE, 0.2, 50, 50, 30, 30))));
    return new DetectionEvaluator().evaluate(CLASSES, images);
  }

  private static List<ValidationSample> samples() {
    return List.of(
        new ValidationSample("val/0001.png", picture(128, 96, Color.DARK_GRAY),
            List.of(truth(CIRCLE, 10, 10, 40, 40)), List.of(new Annotation("circle", 0.95, new BoundingBox(11, 11, 40, 40)))),
        new ValidationSample("val/0002.png", picture(100, 100, new Color(200, 200, 170)),
            List.of(truth(SQUARE, 5, 5, 20, 20)), List.of(new Annotation("circle", 0.6, new BoundingBox(5, 5, 20, 20)))),
        new ValidationSample("val/0003.png", picture(64, 128, Color.WHITE), List.of(), List.of()));
  }

  private static BufferedImage picture(int width, int height, Color background) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(background);
    graphics.fillRect(0, 0, width, height);
    graphics.setColor(Color.ORANGE);
    graphics.fillOval(width / 4, height / 4, width / 3, height / 3);
    graphics.dispose();
    return image;
  }

  private static LabelledBox truth(int classIndex, double x, double y, double width, double height) {
    return new LabelledBox(classIndex, new BoundingBox(x, y, width, height));
  }

  private static Detection detection(int classIndex, double score, double x, double y, double width, double height) {
    return new Detection(classIndex, score, new BoundingBox(x, y, width, height));
  }
}
