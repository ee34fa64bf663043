package ai.autogon.label.domain.training;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Snapshot of a running training, sent after each batch and each epoch.
 *
 * @param epoch current epoch, 1-based
 * @param totalEpochs planned epochs
 * @param batch batches done in the current epoch
 * @param totalBatches batches per epoch
 * @param losses mean loss values of the current epoch so far by name (for example {@code box}, {@code cls}, {@code dfl}), in display order
 * @param elapsed time since training started
 * @param remaining estimated time left, empty until an estimate exists
 */
public record TrainingProgress(
    int epoch,
    int totalEpochs,
    int batch,
    int totalBatches,
    Map<String, Double> losses,
    Duration elapsed,
    Optional<Duration> remaining) {

  public TrainingProgress {
    losses = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(losses));
    Objects.requireNonNull(elapsed, "elapsed");
    Objects.requireNonNull(remaining, "remaining");
  }
}
