package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.training.ParameterStore;
import ai.djl.util.PairList;
import java.util.ArrayList;
import java.util.List;

/**
 * Cross-stage partial stage with two convolutions (C2f): splits the channels in halves, runs bottlenecks on
 * one half and concatenates every intermediate result before a final 1x1 convolution.
 */
final class CspStage extends AbstractBlock {
  private final ConvUnit expand;
  private final List<ConvUnit[]> bottlenecks = new ArrayList<>();
  private final ConvUnit merge;
  private final int hidden;
  private final boolean shortcut;

  CspStage(int outChannels, int depth, boolean shortcut) {
    this.hidden = outChannels / 2;
    this.shortcut = shortcut;
    this.expand = addChildBlock("cv1", new ConvUnit(2 * hidden, 1, 1));
    for (int i = 0; i < depth; i++) {
      ConvUnit first = addChildBlock("m" + i + "a", new ConvUnit(hidden, 3, 1));
      ConvUnit second = addChildBlock("m" + i + "b", new ConvUnit(hidden, 3, 1));
      bottlenecks.add(new ConvUnit[] {first, second});
    }
    this.merge = addChildBlock("cv2", new ConvUnit(outChannels, 1, 1));
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray expanded = expand.forward(store, inputs, training).singletonOrThrow();
    NDList parts = expanded.split(2, 1);
    NDArray last = parts.get(1);
    for (ConvUnit[] bottleneck : bottlenecks) {
      NDArray y = bottleneck[0].forward(store, new NDList(last), training).singletonOrThrow();
      y = bottleneck[1].forward(store, new NDList(y), training).singletonOrThrow();
      last = shortcut ? last.add(y) : y;
      parts.add(last);
    }
    NDArray joined = NDArrays.concat(parts, 1);
    return merge.forward(store, new NDList(joined), training);
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    Shape in = inputShapes[0];
    return merge.getOutputShapes(new Shape[] {new Shape(in.get(0), (2L + bottlenecks.size()) * hidden, in.get(2), in.get(3))});
  }

  /** Returns multiply-accumulate operations for one image of the given input shape. */
  long macs(Shape input) {
    long total = expand.macs(input);
    Shape half = new Shape(1, hidden, input.get(2), input.get(3));
    for (ConvUnit[] bottleneck : bottlenecks) {
      total += bottleneck[0].macs(half) + bottleneck[1].macs(half);
    }
    return total + merge.macs(new Shape(1, (2L + bottlenecks.size()) * hidden, input.get(2), input.get(3)));
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    expand.initialize(manager, dataType, inputShapes);
    Shape in = inputShapes[0];
    Shape half = new Shape(in.get(0), hidden, in.get(2), in.get(3));
    for (ConvUnit[] bottleneck : bottlenecks) {
      bottleneck[0].initialize(manager, dataType, half);
      bottleneck[1].initialize(manager, dataType, half);
    }
    merge.initialize(manager, dataType, new Shape(in.get(0), (2L + bottlenecks.size()) * hidden, in.get(2), in.get(3)));
  }
}
