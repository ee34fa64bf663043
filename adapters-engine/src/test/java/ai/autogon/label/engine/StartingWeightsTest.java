package ai.autogon.label.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.model.ModelType;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import org.junit.jupiter.api.Test;

class StartingWeightsTest {
  @Test
  void otherClassesKeepAllButTheClassHead() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // given a trained-looking base network of three classes and a fresh one of two
      DetectorNetwork base = network(manager, 3, 1);
      DetectorNetwork fresh = network(manager, 2, 2);

      // when
      DetectorTrainer.copyWeights(new DetectorTrainer.StartingWeights(base, false), fresh);

      // then
      int compared = 0;
      for (Pair<String, Parameter> pair : fresh.getParameters()) {
        String name = pair.getKey();
        float[] copied = pair.getValue().getArray().toFloatArray();
        float[] original = base.getParameters().get(name).getArray().toFloatArray();
        if (name.contains(DetectorNetwork.CLASS_HEAD)) {
          // Batch-norm parameters start at 1 and 0 in both networks, so only the random convolution weights differ.
          if (name.endsWith("conv_weight")) {
            assertThat(copied).as(name).isNotEqualTo(original);
          }
        } else {
          assertThat(copied).as(name).isEqualTo(original);
          compared++;
        }
      }
      assertThat(compared).isGreaterThan(100);
    }
  }

  @Test
  void sameClassesKeepEveryParameter() {
    try (NDManager manager = NDManager.newBaseManager()) {
      // given
      DetectorNetwork base = network(manager, 3, 1);
      DetectorNetwork fresh = network(manager, 3, 2);

      // when
      DetectorTrainer.copyWeights(new DetectorTrainer.StartingWeights(base, true), fresh);

      // then
      for (Pair<String, Parameter> pair : fresh.getParameters()) {
        assertThat(pair.getValue().getArray().toFloatArray())
            .as(pair.getKey())
            .isEqualTo(base.getParameters().get(pair.getKey()).getArray().toFloatArray());
      }
    }
  }

  private static DetectorNetwork network(NDManager manager, int classes, int seed) {
    System.setProperty("ai.djl.offline", "true");
    Engine.getInstance().setRandomSeed(seed);
    DetectorNetwork network = new DetectorNetwork(NetworkScale.of(ModelType.SMALL), classes);
    network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, 64, 64));
    return network;
  }
}
