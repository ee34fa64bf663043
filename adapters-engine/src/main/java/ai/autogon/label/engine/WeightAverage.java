package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Parameter;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Exponential moving average of a network's parameters and batch-normalisation statistics, kept in a second
 * network of the same shape; that network is the one evaluated and saved.
 *
 * <p>The decay ramps up as {@code 0.9999 * (1 - exp(-updates / 2000))}, so early weights are forgotten fast.
 */
final class WeightAverage {
  private static final double DECAY = 0.9999;
  private static final double RAMP = 2000;

  private final List<Parameter> source = new ArrayList<>();
  private final List<Parameter> average = new ArrayList<>();
  private long updates;

  WeightAverage(PairList<String, Parameter> trained, PairList<String, Parameter> averaged) {
    if (trained.size() != averaged.size()) {
      throw new IllegalArgumentException("networks differ: " + trained.size() + " and " + averaged.size() + " parameters");
    }
    for (int i = 0; i < trained.size(); i++) {
      source.add(trained.get(i).getValue());
      average.add(averaged.get(i).getValue());
    }
  }

  long updates() {
    return updates;
  }

  void setUpdates(long value) {
    updates = value;
  }

  /** Copies the trained values into the average unchanged. */
  void reset() {
    for (int i = 0; i < source.size(); i++) {
      average.get(i).getArray().set(source.get(i).getArray().toByteBuffer());
    }
  }

  /** Moves the average towards the current trained values; call with gradient recording off. */
  void update() {
    updates++;
    float decay = (float) (DECAY * (1 - Math.exp(-updates / RAMP)));
    for (int i = 0; i < source.size(); i++) {
      NDArray target = average.get(i).getArray();
      try (NDArray current = source.get(i).getArray().stopGradient();
          NDArray blended = current.mul(1 - decay)) {
        target.muli(decay).addi(blended);
      }
    }
  }
}
