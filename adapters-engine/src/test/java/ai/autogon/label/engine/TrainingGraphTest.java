package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrainingGraphTest {
  @Test
  void gradientsAreUnchangedUnderGcPressure() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // given
      TinyNetwork tiny = new TinyNetwork(manager);

      // when the JVM collects garbage between the forward and the backward pass
      List<float[]> calm = gradients(tiny, () -> {});
      List<float[]> pressured = gradients(tiny, TrainingGraphTest::collectGarbage);

      // then
      assertThat(pressured).hasSameSizeAs(calm);
      for (int i = 0; i < calm.size(); i++) {
        float[] expected = calm.get(i);
        float[] actual = pressured.get(i);
        for (int k = 0; k < expected.length; k++) {
          assertThat(Float.isFinite(actual[k])).as("gradient %d[%d] is finite", i, k).isTrue();
          assertThat(Math.abs(actual[k] - expected[k]))
              .as("gradient %d[%d]", i, k)
              .isLessThanOrEqualTo(1e-4f * Math.max(1f, Math.abs(expected[k])));
        }
      }
    }
  }

  @Test
  void lossIsFiniteAndFallsOnATinyBatch() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // given
      TinyNetwork tiny = new TinyNetwork(manager);
      List<Double> losses = new ArrayList<>();

      // when
      try (AdamW optimizer = new AdamW(tiny.network.getParameters(), manager, 5e-4f)) {
        for (int step = 0; step < 12; step++) {
          try (NDManager batch = manager.newSubManager()) {
            losses.add((double) tiny.backward(batch, () -> {}).total().getFloat());
          }
          optimizer.step(0.002f);
        }
      }

      // then
      assertThat(losses).allMatch(Double::isFinite);
      assertThat(losses.get(losses.size() - 1)).isLessThan(losses.get(0) * 0.8);
    }
  }

  private static List<float[]> gradients(TinyNetwork tiny, Runnable beforeBackward) {
    List<float[]> gradients = new ArrayList<>();
    try (NDManager batch = tiny.manager.newSubManager()) {
      tiny.backward(batch, beforeBackward);
      for (Pair<String, Parameter> pair : tiny.network.getParameters()) {
        if (!pair.getValue().requiresGradient()) {
          continue;
        }
        try (NDArray gradient = pair.getValue().getArray().getGradient()) {
          gradients.add(gradient.toFloatArray());
          gradient.set(new NDIndex("..."), 0);
        }
      }
    }
    return gradients;
  }

  private static void collectGarbage() {
    for (int round = 0; round < 5; round++) {
      List<byte[]> garbage = new ArrayList<>();
      for (int i = 0; i < 64; i++) {
        garbage.add(new byte[1 << 20]);
      }
      garbage.clear();
      System.gc();
    }
  }
}
