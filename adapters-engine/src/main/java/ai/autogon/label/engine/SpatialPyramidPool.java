package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.pooling.Pool;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;

/** Fast spatial pyramid pooling (SPPF): three chained 5x5 max pools whose outputs are concatenated. */
final class SpatialPyramidPool extends AbstractBlock {
  private static final Shape KERNEL = new Shape(5, 5);
  private static final Shape STRIDE = new Shape(1, 1);
  private static final Shape PADDING = new Shape(2, 2);

  private final ConvUnit reduce;
  private final ConvUnit merge;
  private final int hidden;

  SpatialPyramidPool(int inChannels, int outChannels) {
    this.hidden = inChannels / 2;
    this.reduce = addChildBlock("cv1", new ConvUnit(hidden, 1, 1));
    this.merge = addChildBlock("cv2", new ConvUnit(outChannels, 1, 1));
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = reduce.forward(store, inputs, training).singletonOrThrow();
    NDArray p1 = Pool.maxPool2d(x, KERNEL, STRIDE, PADDING, false);
    NDArray p2 = Pool.maxPool2d(p1, KERNEL, STRIDE, PADDING, false);
    NDArray p3 = Pool.maxPool2d(p2, KERNEL, STRIDE, PADDING, false);
    return merge.forward(store, new NDList(NDArrays.concat(new NDList(x, p1, p2, p3), 1)), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return merge.getOutputShapes(new Shape[] {new Shape(in.get(0), 4L * hidden, in.get(2), in.get(3))});
  }

  /** Returns multiply-accumulate operations for one image of the given input shape. */
  long macs(Shape input) {
    return reduce.macs(input) + merge.macs(new Shape(1, 4L * hidden, input.get(2), input.get(3)));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    reduce.initialize(manager, dataType, inputShapes);
    Shape in = inputShapes[0];
    merge.initialize(manager, dataType, new Shape(in.get(0), 4L * hidden, in.get(2), in.get(3)));
  }
}
