package ai.autogon.label.engine;

import ai.autogon.label.domain.model.ModelType;
import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.GradientCollector;
import ai.djl.training.ParameterStore;
import java.util.List;
import java.util.Random;

/** A small detector on a fixed batch of two 64-pixel images, for tests of the training graph. */
final class TinyNetwork {
  static final int SIZE = 64;

  final NDManager manager;
  final DetectorNetwork network;
  final DetectionLoss loss;
  final float[] pixels;
  final List<DetectionLoss.ImageTargets> targets;

  TinyNetwork(NDManager manager) {
    System.setProperty("ai.djl.offline", "true");
    JniUtils.setGradMode(false);
    this.manager = manager;
    Engine.getInstance().setRandomSeed(3);
    network = new DetectorNetwork(NetworkScale.of(ModelType.SMALL), 2);
    network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, SIZE, SIZE));
    network.initializeHeadBiases();
    loss = new DetectionLoss(new AnchorGrid(SIZE), 2, 10);
    Random random = new Random(5);
    pixels = new float[2 * 3 * SIZE * SIZE];
    for (int i = 0; i < pixels.length; i++) {
      pixels[i] = random.nextFloat();
    }
    targets = List.of(
        new DetectionLoss.ImageTargets(new float[] {8, 8, 40, 40, 30, 10, 60, 30}, new int[] {0, 1}),
        new DetectionLoss.ImageTargets(new float[] {4, 20, 60, 60}, new int[] {1}));
  }

  /** Runs forward, loss and backward; {@code beforeBackward} runs between loss and backward. */
  DetectionLoss.Result backward(NDManager batch, Runnable beforeBackward) {
    NDArray input = batch.create(pixels, new Shape(2, 3, SIZE, SIZE));
    try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
      NDList outputs = network.forward(new ParameterStore(batch, false), new NDList(input), true);
      DetectionLoss.Result result = loss.compute(outputs.get(0), outputs.get(1), targets);
      beforeBackward.run();
      collector.backward(result.total());
      return result;
    }
  }
}
