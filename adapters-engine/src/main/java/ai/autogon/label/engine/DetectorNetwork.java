package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.AbstractBlock;
import ai.djl.nn.Parameter;
import ai.djl.nn.convolutional.Conv2d;
import ai.djl.training.ParameterStore;
import ai.djl.util.Pair;
import ai.djl.util.PairList;

/**
 * Anchor-free one-stage detector: CSP backbone with SPPF, PAN neck and decoupled heads at strides 8, 16 and 32.
 *
 * <p>The forward pass returns two arrays over all anchor points of the three levels: box side distributions of
 * shape (batch, anchors, 4 * {@value #BINS}) and class logits of shape (batch, anchors, classes).
 */
final class DetectorNetwork extends AbstractBlock {
  /** Bins of the distribution each box side distance is regressed as (distribution focal loss). */
  static final int BINS = 16;
  static final int[] STRIDES = {8, 16, 32};
  /** Prefix of the child blocks that belong to the class head, which retraining on other classes re-initialises. */
  static final String CLASS_HEAD = "clshead";

  private final int classes;
  private final ConvUnit stem;
  private final ConvUnit down2;
  private final CspStage stage2;
  private final ConvUnit down3;
  private final CspStage stage3;
  private final ConvUnit down4;
  private final CspStage stage4;
  private final ConvUnit down5;
  private final CspStage stage5;
  private final SpatialPyramidPool pool;
  private final CspStage topDown4;
  private final CspStage topDown3;
  private final ConvUnit bottomUpDown3;
  private final CspStage bottomUp4;
  private final ConvUnit bottomUpDown4;
  private final CspStage bottomUp5;
  private final ConvUnit[][] boxBranch = new ConvUnit[3][2];
  private final Conv2d[] boxOut = new Conv2d[3];
  private final ConvUnit[][] classBranch = new ConvUnit[3][2];
  private final Conv2d[] classOut = new Conv2d[3];
  private final int[] levelChannels;

  DetectorNetwork(NetworkScale scale, int classes) {
    this.classes = classes;
    int c0 = scale.channels(0);
    int c1 = scale.channels(1);
    int c2 = scale.channels(2);
    int c3 = scale.channels(3);
    int c4 = scale.channels(4);
    stem = addChildBlock("stem", new ConvUnit(c0, 3, 2));
    down2 = addChildBlock("down2", new ConvUnit(c1, 3, 2));
    stage2 = addChildBlock("stage2", new CspStage(c1, scale.repeats(3), true));
    down3 = addChildBlock("down3", new ConvUnit(c2, 3, 2));
    stage3 = addChildBlock("stage3", new CspStage(c2, scale.repeats(6), true));
    down4 = addChildBlock("down4", new ConvUnit(c3, 3, 2));
    stage4 = addChildBlock("stage4", new CspStage(c3, scale.repeats(6), true));
    down5 = addChildBlock("down5", new ConvUnit(c4, 3, 2));
    stage5 = addChildBlock("stage5", new CspStage(c4, scale.repeats(3), true));
    pool = addChildBlock("sppf", new SpatialPyramidPool(c4, c4));
    topDown4 = addChildBlock("td4", new CspStage(c3, scale.repeats(3), false));
    topDown3 = addChildBlock("td3", new CspStage(c2, scale.repeats(3), false));
    bottomUpDown3 = addChildBlock("bud3", new ConvUnit(c2, 3, 2));
    bottomUp4 = addChildBlock("bu4", new CspStage(c3, scale.repeats(3), false));
    bottomUpDown4 = addChildBlock("bud4", new ConvUnit(c3, 3, 2));
    bottomUp5 = addChildBlock("bu5", new CspStage(c4, scale.repeats(3), false));
    levelChannels = new int[] {c2, c3, c4};

    int boxHidden = Math.max(Math.max(16, c2 / 4), 4 * BINS);
    int classHidden = Math.max(c2, Math.min(classes, 100));
    for (int level = 0; level < 3; level++) {
      boxBranch[level][0] = addChildBlock("boxhead" + level + "a", new ConvUnit(boxHidden, 3, 1));
      boxBranch[level][1] = addChildBlock("boxhead" + level + "b", new ConvUnit(boxHidden, 3, 1));
      boxOut[level] = addChildBlock("boxhead" + level + "out", pointwise(4 * BINS));
      classBranch[level][0] = addChildBlock(CLASS_HEAD + level + "a", new ConvUnit(classHidden, 3, 1));
      classBranch[level][1] = addChildBlock(CLASS_HEAD + level + "b", new ConvUnit(classHidden, 3, 1));
      classOut[level] = addChildBlock(CLASS_HEAD + level + "out", pointwise(classes));
    }
  }

  private static Conv2d pointwise(int filters) {
    return Conv2d.builder().setKernelShape(new Shape(1, 1)).setFilters(filters).optBias(true).build();
  }

  int classes() {
    return classes;
  }

  /**
   * Sets the output biases so that training starts from sensible predictions: every box side about one cell of
   * its level, and a class prior of about five objects per class on a 640-pixel image.
   */
  void initializeHeadBiases() {
    for (int level = 0; level < 3; level++) {
      NDArray boxBias = boxOut[level].getParameters().get("bias").getArray();
      boxBias.set(new NDIndex("..."), 1f);
      double cells = Math.pow(640.0 / STRIDES[level], 2);
      NDArray classBias = classOut[level].getParameters().get("bias").getArray();
      classBias.set(new NDIndex("..."), (float) Math.log(5.0 / classes / cells));
    }
  }

  @Override
  protected NDList forwardInternal(ParameterStore store, NDList inputs, boolean training, PairList<String, Object> params) {
    NDArray x = run(stem, inputs.singletonOrThrow(), store, training);
    x = run(stage2, run(down2, x, store, training), store, training);
    NDArray p3 = run(stage3, run(down3, x, store, training), store, training);
    NDArray p4 = run(stage4, run(down4, p3, store, training), store, training);
    NDArray p5 = run(pool, run(stage5, run(down5, p4, store, training), store, training), store, training);

    NDArray n4 = run(topDown4, NDArrays.concat(new NDList(upsample(p5), p4), 1), store, training);
    NDArray out3 = run(topDown3, NDArrays.concat(new NDList(upsample(n4), p3), 1), store, training);
    NDArray out4 = run(bottomUp4, NDArrays.concat(new NDList(run(bottomUpDown3, out3, store, training), n4), 1), store, training);
    NDArray out5 = run(bottomUp5, NDArrays.concat(new NDList(run(bottomUpDown4, out4, store, training), p5), 1), store, training);

    NDArray[] levels = {out3, out4, out5};
    NDList boxes = new NDList(3);
    NDList scores = new NDList(3);
    for (int level = 0; level < 3; level++) {
      NDArray feature = levels[level];
      NDArray box = run(boxBranch[level][1], run(boxBranch[level][0], feature, store, training), store, training);
      box = boxOut[level].forward(store, new NDList(box), training).singletonOrThrow();
      NDArray cls = run(classBranch[level][1], run(classBranch[level][0], feature, store, training), store, training);
      cls = classOut[level].forward(store, new NDList(cls), training).singletonOrThrow();
      boxes.add(box.reshape(box.getShape().get(0), 4 * BINS, -1));
      scores.add(cls.reshape(cls.getShape().get(0), classes, -1));
    }
    NDArray boxOutput = NDArrays.concat(boxes, 2).transpose(0, 2, 1);
    NDArray classOutput = NDArrays.concat(scores, 2).transpose(0, 2, 1);
    return new NDList(boxOutput, classOutput);
  }

  private static NDArray run(AbstractBlock block, NDArray input, ParameterStore store, boolean training) {
    return block.forward(store, new NDList(input), training).singletonOrThrow();
  }

  /** Doubles height and width by nearest-neighbour repetition. */
  private static NDArray upsample(NDArray x) {
    return x.repeat(2, 2).repeat(3, 2);
  }

  /** Returns the number of anchor points over the three levels for a square input of the given side. */
  static int anchorCount(int imageSize) {
    int total = 0;
    for (int stride : STRIDES) {
      total += (imageSize / stride) * (imageSize / stride);
    }
    return total;
  }

  @Override
  public Shape[] getOutputShapes(Shape[] inputShapes) {
    long batch = inputShapes[0].get(0);
    int anchors = anchorCount((int) inputShapes[0].get(2));
    return new Shape[] {new Shape(batch, anchors, 4L * BINS), new Shape(batch, anchors, classes)};
  }

  @Override
  protected void initializeChildBlocks(NDManager manager, DataType dataType, Shape... inputShapes) {
    new ShapeWalk(manager, dataType, inputShapes[0]).countMacs(this);
  }

  /** Returns the trainable parameter count; batch-normalisation running statistics are not counted. */
  long parameterCount() {
    long total = 0;
    for (Pair<String, Parameter> pair : getParameters()) {
      Parameter parameter = pair.getValue();
      if (parameter.requiresGradient()) {
        total += parameter.getArray().size();
      }
    }
    return total;
  }

  /** Returns billions of floating-point operations (two per multiply-accumulate) of the convolutions for one image. */
  double gflops(int imageSize) {
    return 2.0 * new ShapeWalk(null, null, new Shape(1, 3, imageSize, imageSize)).countMacs(this) / 1e9;
  }

  /** Walks the network's layers with shapes, either initialising them or counting their multiply-accumulates. */
  private static final class ShapeWalk {
    private final NDManager manager;
    private final DataType dataType;
    private final Shape input;
    private long macs;

    ShapeWalk(NDManager manager, DataType dataType, Shape input) {
      this.manager = manager;
      this.dataType = dataType;
      this.input = input;
    }

    long countMacs(DetectorNetwork net) {
      Shape x = visit(net.stem, input);
      x = visit(net.stage2, visit(net.down2, x));
      Shape p3 = visit(net.stage3, visit(net.down3, x));
      Shape p4 = visit(net.stage4, visit(net.down4, p3));
      Shape p5 = visit(net.pool, visit(net.stage5, visit(net.down5, p4)));
      Shape n4 = visit(net.topDown4, concat(upsample(p5), p4));
      Shape out3 = visit(net.topDown3, concat(upsample(n4), p3));
      Shape out4 = visit(net.bottomUp4, concat(visit(net.bottomUpDown3, out3), n4));
      Shape out5 = visit(net.bottomUp5, concat(visit(net.bottomUpDown4, out4), p5));
      Shape[] levels = {out3, out4, out5};
      for (int level = 0; level < 3; level++) {
        Shape box = visit(net.boxBranch[level][1], visit(net.boxBranch[level][0], levels[level]));
        visitPointwise(net.boxOut[level], box, 4 * BINS);
        Shape cls = visit(net.classBranch[level][1], visit(net.classBranch[level][0], levels[level]));
        visitPointwise(net.classOut[level], cls, net.classes);
      }
      return macs;
    }

    private Shape visit(AbstractBlock block, Shape in) {
      if (manager != null) {
        block.initialize(manager, dataType, in);
      }
      Shape single = new Shape(1, in.get(1), in.get(2), in.get(3));
      if (block instanceof ConvUnit conv) {
        macs += conv.macs(single);
      } else if (block instanceof CspStage stage) {
        macs += stage.macs(single);
      } else if (block instanceof SpatialPyramidPool sppf) {
        macs += sppf.macs(single);
      }
      return block.getOutputShapes(new Shape[] {in})[0];
    }

    private void visitPointwise(Conv2d conv, Shape in, int filters) {
      if (manager != null) {
        conv.initialize(manager, dataType, in);
      }
      macs += in.get(1) * filters * in.get(2) * in.get(3);
    }

    private static Shape upsample(Shape s) {
      return new Shape(s.get(0), s.get(1), s.get(2) * 2, s.get(3) * 2);
    }

    private static Shape concat(Shape a, Shape b) {
      return new Shape(a.get(0), a.get(1) + b.get(1), a.get(2), a.get(3));
    }
  }
}
