package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Activation;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.nn.norm.BatchNorm;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Convolution without bias, batch normalisation and SiLU: the basic unit of the detector. */
final class ConvUnit extends AbstractBlock {
  private final Conv2d conv;
  private final BatchNorm norm;
  private final int kernel;
  private final int stride;
  private final int outChannels;

  ConvUnit(int outChannels, int kernel, int stride) {
    this.kernel = kernel;
    this.stride = stride;
    this.outChannels = outChannels;
    this.conv =
        addChildBlock(
            "conv",
            Conv2d.builder()
                .setKernelShape(new Shape(kernel, kernel))
                .optStride(new Shape(stride, stride))
                .optPadding(new Shape(kernel / 2, kernel / 2))
                .setFilters(outChannels)
                .optBias(false)
                .build());
    // PyTorch convention for detectors: eps 1e-3 and a running-average momentum of 0.03.
    this.norm = addChildBlock("bn", BatchNorm.builder().optEpsilon(1e-3f).optMomentum(0.97f).build());
  }

  /**
   * Applies SiLU as {@code x * sigmoid(x)}.
   *
   * <p>DJL's {@link Activation#swish} multiplies by a Java float, which PyTorch may read after the JVM freed it.
   */
  static NDArray silu(NDArray x) {
    return x.mul(x.getNDArrayInternal().sigmoid());
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDList convolved = conv.forward(store, inputs, training);
    NDList normalised = norm.forward(store, convolved, training);
    NDArray x = normalised.singletonOrThrow();
    return new NDList(silu(x));
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return new Shape[] {new Shape(in.get(0), outChannels, outSize(in.get(2)), outSize(in.get(3)))};
  }

  private long outSize(long size) {
    return (size + 2L * (kernel / 2) - kernel) / stride + 1;
  }

  /** Returns multiply-accumulate operations of the convolution for one image of the given input shape. */
  long macs(Shape input) {
    Shape out = getOutputShapes(new Shape[] {input})[0];
    return (long) kernel * kernel * input.get(1) * outChannels * out.get(2) * out.get(3);
  }

  int outChannels() {
    return outChannels;
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    conv.initialize(manager, dataType, inputShapes);
    norm.initialize(manager, dataType, conv.getOutputShapes(inputShapes));
  }
}
