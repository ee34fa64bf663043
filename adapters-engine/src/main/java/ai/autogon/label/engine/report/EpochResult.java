package ai.autogon.label.engine.report;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Outcome of one training epoch: the mean training losses and the validation metrics after it.
 *
 * <p>Any number may be {@code NaN} when it was not measured, for example the metrics of an epoch without validation.
 * Reports leave such values out.
 *
 * @param epoch epoch number, counted from 1
 * @param losses mean training loss per loss name (for example {@code box}, {@code cls}, {@code dfl}), in the order
 *     the report shows them
 * @param precision validation precision, 0 to 1
 * @param recall validation recall, 0 to 1
 * @param map50 validation mean average precision at IoU 0.50, 0 to 1
 * @param map50to95 validation mean average precision over IoU 0.50 to 0.95, 0 to 1
 * @param learningRate learning rate at the end of the epoch
 * @param seconds wall-clock duration of the epoch, validation included
 */
public record EpochResult(
    int epoch,
    Map<String, Double> losses,
    double precision,
    double recall,
    double map50,
    double map50to95,
    double learningRate,
    double seconds) {

  public EpochResult {
    if (epoch < 1) {
      throw new IllegalArgumentException("epoch must be >= 1, got " + epoch);
    }
    Objects.requireNonNull(losses, "losses");
    Map<String, Double> copy = new LinkedHashMap<>();
    losses.forEach((name, value) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("loss names must not be blank, got '" + name + "' in epoch " + epoch);
      }
      copy.put(name, value == null ? Double.NaN : value);
    });
    losses = Collections.unmodifiableMap(copy);
  }
}
