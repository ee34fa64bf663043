package ai.autogon.label.engine.report;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the report files of a training run into a directory, usually the model's directory.
 *
 * <p>Every file is written through a temporary file and an atomic rename, and replaces an earlier file of the same
 * name, so {@link #writeHistory} can run after each epoch. Missing values ({@code NaN}) are left out of the charts
 * and the CSV. The writer runs with {@code java.awt.headless=true}. Instances are stateless and thread-safe.
 */
public final class TrainingReportWriter {
  /** Per-epoch history as CSV, one row per epoch after a header row. */
  public static final String RESULTS_CSV = "results.csv";
  /** Chart of the training losses per epoch. */
  public static final String LOSSES_PNG = "losses.png";
  /** Chart of validation precision, recall, mAP50 and mAP50-95 per epoch. */
  public static final String METRICS_PNG = "metrics.png";
  /** Chart of each class's precision-recall curve at IoU 0.50 and their mean. */
  public static final String PR_CURVE_PNG = "pr_curve.png";
  /** Heat map of predicted against true classes, background included. */
  public static final String CONFUSION_MATRIX_PNG = "confusion_matrix.png";
  /** Validation images with true and predicted boxes. */
  public static final String VAL_SAMPLES_PNG = "val_samples.png";
  /** Maximum number of validation samples drawn; later samples are left out. */
  public static final int MAX_SAMPLES = 16;

  private static final Logger LOG = LoggerFactory.getLogger(TrainingReportWriter.class);

  /**
   * Writes the per-epoch CSV and charts, then the evaluation charts and the validation samples.
   *
   * <p>{@value #VAL_SAMPLES_PNG} is written only when the report has samples.
   *
   * @return the files written, in the order above
   * @throws ai.autogon.label.domain.error.StorageException naming the file when one cannot be written
   */
  public List<Path> write(TrainingReport report, Path directory) {
    Objects.requireNonNull(report, "report");
    List<Path> written = new ArrayList<>(writeHistory(report.epochs(), directory));
    written.add(writePng(directory, PR_CURVE_PNG, () -> PrecisionRecallChart.draw(report.evaluation())));
    written.add(writePng(
        directory, CONFUSION_MATRIX_PNG, () -> ConfusionMatrixChart.draw(report.evaluation().confusionMatrix())));
    if (!report.samples().isEmpty()) {
      List<ValidationSample> shown = report.samples().subList(0, Math.min(MAX_SAMPLES, report.samples().size()));
      written.add(writePng(directory, VAL_SAMPLES_PNG, () -> SamplesPicture.draw(shown, report.classNames())));
    }
    LOG.info("Wrote {} training report files to {}", written.size(), directory);
    return List.copyOf(written);
  }

  /**
   * Writes {@value #RESULTS_CSV}, {@value #LOSSES_PNG} and {@value #METRICS_PNG} for the epochs so far.
   *
   * @param epochs results by ascending epoch number; may be empty
   * @return the files written, in the order above
   * @throws ai.autogon.label.domain.error.StorageException naming the file when one cannot be written
   */
  public List<Path> writeHistory(List<EpochResult> epochs, Path directory) {
    Objects.requireNonNull(epochs, "epochs");
    Objects.requireNonNull(directory, "directory");
    List<EpochResult> history = List.copyOf(epochs);
    Path csv = directory.resolve(RESULTS_CSV);
    AtomicFiles.writeBytes(ResultsCsv.format(history).getBytes(StandardCharsets.UTF_8), csv);
    return List.of(
        csv,
        writePng(directory, LOSSES_PNG, () -> HistoryCharts.losses(history)),
        writePng(directory, METRICS_PNG, () -> HistoryCharts.metrics(history)));
  }

  private static Path writePng(Path directory, String fileName, Supplier<BufferedImage> chart) {
    Path file = directory.resolve(fileName);
    AtomicFiles.writePng(chart.get(), file);
    return file;
  }
}
