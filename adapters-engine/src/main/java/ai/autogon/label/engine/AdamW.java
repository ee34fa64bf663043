package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import ai.djl.util.PairList;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * AdamW with decoupled weight decay on convolution weights only, keeping its moment estimates so that a
 * checkpoint can save and restore them (DJL's own optimizers do not expose their state).
 */
final class AdamW implements AutoCloseable {
  static final float BETA1 = 0.937f;
  static final float BETA2 = 0.999f;
  private static final float EPSILON = 1e-8f;

  private final NDManager manager;
  private final List<Parameter> parameters = new ArrayList<>();
  private final List<Boolean> decayed = new ArrayList<>();
  private final List<NDArray> means = new ArrayList<>();
  private final List<NDArray> variances = new ArrayList<>();
  private final float weightDecay;
  private int steps;

  AdamW(PairList<String, Parameter> all, NDManager parent, float weightDecay) {
    this.manager = parent.newSubManager();
    this.weightDecay = weightDecay;
    for (Pair<String, Parameter> pair : all) {
      Parameter parameter = pair.getValue();
      if (!parameter.requiresGradient()) {
        continue;
      }
      NDArray array = parameter.getArray();
      parameters.add(parameter);
      decayed.add(parameter.getType() == Parameter.Type.WEIGHT && array.getShape().dimension() == 4);
      means.add(manager.zeros(array.getShape()));
      variances.add(manager.zeros(array.getShape()));
    }
  }

  int steps() {
    return steps;
  }

  /** Applies one update with the gradients of the last backward pass, then zeroes those gradients. */
  void step(float learningRate) {
    steps++;
    double correction1 = 1 - Math.pow(BETA1, steps);
    double correction2 = 1 - Math.pow(BETA2, steps);
    float stepSize = (float) (learningRate / correction1);
    // DJL's fused adamUpdate leaks a parameter-sized array per call on PyTorch, so the update is written out here.
    // Every temporary is attached to a per-step manager, because an op's result belongs to its first operand's manager.
    try (NDManager scope = manager.newSubManager()) {
      for (int i = 0; i < parameters.size(); i++) {
        NDArray weight = parameters.get(i).getArray();
        NDArray mean = means.get(i);
        NDArray variance = variances.get(i);
        NDArray gradient = weight.getGradient();
        gradient.attach(scope);

        mean.muli(BETA1).addi(scoped(gradient.mul(1 - BETA1), scope));
        variance.muli(BETA2).addi(scoped(gradient.square(), scope).muli(1 - BETA2));
        if (decayed.get(i)) {
          weight.subi(scoped(weight.mul(learningRate * weightDecay), scope));
        }
        NDArray denominator = scoped(variance.sqrt(), scope).muli((float) (1 / Math.sqrt(correction2))).addi(EPSILON);
        weight.subi(scoped(mean.div(denominator), scope).muli(stepSize));
        gradient.set(new NDIndex("..."), 0);
      }
    }
  }

  private static NDArray scoped(NDArray array, NDManager scope) {
    array.attach(scope);
    return array;
  }

  /** Zeroes the gradients without updating, for a batch whose loss was not finite. */
  void skip() {
    for (Parameter parameter : parameters) {
      try (NDArray gradient = parameter.getArray().getGradient()) {
        gradient.set(new NDIndex("..."), 0);
      }
    }
  }

  void save(DataOutputStream out) throws IOException {
    out.writeInt(steps);
    out.writeInt(parameters.size());
    for (int i = 0; i < parameters.size(); i++) {
      writeArray(out, means.get(i));
      writeArray(out, variances.get(i));
    }
  }

  void load(DataInputStream in) throws IOException {
    int savedSteps = in.readInt();
    int count = in.readInt();
    if (count != parameters.size()) {
      throw new IOException("optimizer state holds " + count + " parameters, the network has " + parameters.size());
    }
    for (int i = 0; i < count; i++) {
      readInto(in, means.get(i));
      readInto(in, variances.get(i));
    }
    steps = savedSteps;
  }

  private static void writeArray(DataOutputStream out, NDArray array) throws IOException {
    byte[] bytes = array.encode();
    out.writeInt(bytes.length);
    out.write(bytes);
  }

  private void readInto(DataInputStream in, NDArray target) throws IOException {
    byte[] bytes = new byte[in.readInt()];
    in.readFully(bytes);
    try (NDArray loaded = NDArray.decode(manager, bytes)) {
      if (!loaded.getShape().equals(target.getShape())) {
        throw new IOException("optimizer state shape " + loaded.getShape() + " does not match " + target.getShape());
      }
      target.set(loaded.toByteBuffer());
    }
  }

  @Override
  public void close() {
    manager.close();
  }
}
