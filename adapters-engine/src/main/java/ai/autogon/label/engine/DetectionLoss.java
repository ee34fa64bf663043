package ai.autogon.label.engine;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import java.util.List;

/**
 * Detection loss: CIoU and distribution focal loss on the boxes of assigned anchors, binary cross-entropy on the
 * classes of all anchors, with targets from task-aligned assignment.
 *
 * <p>Every constant in the differentiated graph is an array owned by the batch's manager, made with {@code full}.
 * DJL turns a Java number operand ({@code mul(3f)}) into an array over a JVM buffer that it closes at once, while
 * autograd may still read it in the backward pass; after a GC the gradients come out wrong.
 */
final class DetectionLoss {
  static final float BOX_GAIN = 7.5f;
  static final float CLASS_GAIN = 0.5f;
  static final float DFL_GAIN = 1.5f;
  private static final float EPS = 1e-7f;

  private final AnchorGrid grid;
  private final int classes;
  private final TaskAlignedAssigner assigner;

  DetectionLoss(AnchorGrid grid, int classes, int topK) {
    this.grid = grid;
    this.classes = classes;
    this.assigner = new TaskAlignedAssigner(topK, 0.5, 6.0);
  }

  /**
   * Targets of one training image in input pixels.
   *
   * @param boxes {@code n * 4} corners
   * @param labels class of each box
   */
  record ImageTargets(float[] boxes, int[] labels) {}

  /** Loss of one batch: the total to differentiate and its three parts as plain numbers for progress reports. */
  record Result(NDArray total, double box, double cls, double dfl) {}

  Result compute(NDArray boxLogits, NDArray classLogits, List<ImageTargets> targets) {
    NDManager manager = boxLogits.getManager();
    int batch = targets.size();
    int anchors = grid.size();
    int bins = DetectorNetwork.BINS;

    float[] distributions = boxLogits.toFloatArray();
    float[] probabilities;
    try (NDArray sigmoid = Activation.sigmoid(classLogits.stopGradient())) {
      probabilities = sigmoid.toFloatArray();
    }

    float[] targetScores = new float[batch * anchors * classes];
    int truthCount = targets.stream().mapToInt(image -> image.labels().length).sum();
    TargetBuilder positives = new TargetBuilder(Math.min(batch * anchors, truthCount * assigner.topK()), bins);
    double scoreSum = 0;
    for (int b = 0; b < batch; b++) {
      ImageTargets image = targets.get(b);
      if (image.labels().length == 0) {
        continue;
      }
      float[] boxes = BoxDecoder.decode(distributions, b * anchors * 4 * bins, grid);
      float[] scores = new float[anchors * classes];
      System.arraycopy(probabilities, b * anchors * classes, scores, 0, scores.length);
      TaskAlignedAssigner.Assignment assignment = assigner.assign(scores, classes, boxes, grid, image.boxes(), image.labels());
      for (int a = 0; a < anchors; a++) {
        int t = assignment.truthIndex()[a];
        if (t < 0) {
          continue;
        }
        float score = assignment.targetScore()[a];
        targetScores[(b * anchors + a) * classes + image.labels()[t]] = score;
        scoreSum += score;
        positives.add(b * anchors + a, grid, a, image.boxes(), t, score);
      }
    }
    float normaliser = (float) Math.max(scoreSum, 1.0);

    NDArray norm = constant(manager, normaliser);
    NDArray classTarget = manager.create(targetScores, classLogits.getShape());
    NDArray classLoss = binaryCrossEntropy(classLogits, classTarget, manager).sum().div(norm);

    NDArray boxLoss;
    NDArray dflLoss;
    if (positives.count == 0) {
      boxLoss = boxLogits.sum().mul(constant(manager, 0f));
      dflLoss = boxLoss;
    } else {
      NDArray index = manager.create(positives.indices());
      NDArray chosen = boxLogits.reshape(batch * anchors, 4, bins).get(new NDIndex("{}", index));
      NDArray weights = manager.create(positives.weights());
      NDArray centers = manager.create(positives.centers(), new Shape(positives.count, 2));
      NDArray truth = manager.create(positives.truthBoxes(), new Shape(positives.count, 4));
      NDArray dflTarget = manager.create(positives.dflTargets(), new Shape(positives.count, 4, bins));

      NDArray projection = manager.arange(0, bins, 1, DataType.FLOAT32);
      NDArray sides = chosen.softmax(2).mul(projection).sum(new int[] {2});
      NDArray predicted = sidesToCorners(centers, sides);
      NDArray ciou = completeIou(predicted, truth, manager);
      boxLoss = constant(manager, 1f).sub(ciou).mul(weights).sum().div(norm);

      NDArray logProbabilities = chosen.logSoftmax(2);
      NDArray perSide = logProbabilities.mul(dflTarget).sum(new int[] {2}).neg();
      dflLoss = perSide.mean(new int[] {1}).mul(weights).sum().div(norm);
    }

    NDArray total =
        boxLoss.mul(constant(manager, BOX_GAIN))
            .add(classLoss.mul(constant(manager, CLASS_GAIN)))
            .add(dflLoss.mul(constant(manager, DFL_GAIN)));
    return new Result(total, boxLoss.getFloat(), classLoss.getFloat(), dflLoss.getFloat());
  }

  private static NDArray constant(NDManager manager, float value) {
    return manager.full(new Shape(), value);
  }

  /** Returns element-wise {@code max(x, 0) - x * t + log(1 + exp(-|x|))}, the stable BCE with logits. */
  static NDArray binaryCrossEntropy(NDArray logits, NDArray target, NDManager manager) {
    NDArray softTail = constant(manager, 1f).add(logits.abs().neg().exp()).log();
    return Activation.relu(logits).sub(logits.mul(target)).add(softTail);
  }

  private static NDArray sidesToCorners(NDArray centers, NDArray sides) {
    NDArray cx = centers.get(":, 0:1");
    NDArray cy = centers.get(":, 1:2");
    NDArray x1 = cx.sub(sides.get(":, 0:1"));
    NDArray y1 = cy.sub(sides.get(":, 1:2"));
    NDArray x2 = cx.add(sides.get(":, 2:3"));
    NDArray y2 = cy.add(sides.get(":, 3:4"));
    return x1.concat(y1, 1).concat(x2, 1).concat(y2, 1);
  }

  /** Returns the complete IoU (IoU minus centre-distance and aspect-ratio penalties) of paired corner boxes. */
  static NDArray completeIou(NDArray a, NDArray b, NDManager manager) {
    NDArray eps = constant(manager, EPS);
    NDArray ax1 = a.get(":, 0");
    NDArray ay1 = a.get(":, 1");
    NDArray ax2 = a.get(":, 2");
    NDArray ay2 = a.get(":, 3");
    NDArray bx1 = b.get(":, 0");
    NDArray by1 = b.get(":, 1");
    NDArray bx2 = b.get(":, 2");
    NDArray by2 = b.get(":, 3");
    NDArray aw = ax2.sub(ax1);
    NDArray ah = ay2.sub(ay1).add(eps);
    NDArray bw = bx2.sub(bx1);
    NDArray bh = by2.sub(by1).add(eps);

    NDArray zero = constant(manager, 0f);
    NDArray interW = ax2.minimum(bx2).sub(ax1.maximum(bx1)).maximum(zero);
    NDArray interH = ay2.minimum(by2).sub(ay1.maximum(by1)).maximum(zero);
    NDArray inter = interW.mul(interH);
    NDArray union = aw.mul(ah).add(bw.mul(bh)).sub(inter).add(eps);
    NDArray iou = inter.div(union);

    NDArray enclosingW = ax2.maximum(bx2).sub(ax1.minimum(bx1));
    NDArray enclosingH = ay2.maximum(by2).sub(ay1.minimum(by1));
    NDArray diagonal = enclosingW.square().add(enclosingH.square()).add(eps);
    NDArray dx = bx1.add(bx2).sub(ax1).sub(ax2);
    NDArray dy = by1.add(by2).sub(ay1).sub(ay2);
    NDArray centreDistance = dx.square().add(dy.square()).div(constant(manager, 4f));

    NDArray v = bw.div(bh).atan().sub(aw.div(ah).atan()).square().mul(constant(manager, (float) (4 / (Math.PI * Math.PI))));
    NDArray alpha = v.div(v.sub(iou).add(constant(manager, 1f + EPS))).stopGradient();
    return iou.sub(centreDistance.div(diagonal).add(v.mul(alpha)));
  }

  /** Collects the per-anchor targets of the assigned anchors in flat arrays. */
  private static final class TargetBuilder {
    private final long[] indices;
    private final float[] weights;
    private final float[] centers;
    private final float[] truthBoxes;
    private final float[] dflTargets;
    private final int bins;
    private int count;

    TargetBuilder(int capacity, int bins) {
      this.bins = bins;
      indices = new long[capacity];
      weights = new float[capacity];
      centers = new float[capacity * 2];
      truthBoxes = new float[capacity * 4];
      dflTargets = new float[capacity * 4 * bins];
    }

    void add(int flatIndex, AnchorGrid grid, int anchor, float[] truths, int truth, float weight) {
      float stride = grid.stride(anchor);
      float cx = grid.gridX(anchor);
      float cy = grid.gridY(anchor);
      indices[count] = flatIndex;
      weights[count] = weight;
      centers[count * 2] = cx;
      centers[count * 2 + 1] = cy;
      float[] box = new float[4];
      for (int k = 0; k < 4; k++) {
        box[k] = truths[truth * 4 + k] / stride;
        truthBoxes[count * 4 + k] = box[k];
      }
      float[] sides = {cx - box[0], cy - box[1], box[2] - cx, box[3] - cy};
      for (int side = 0; side < 4; side++) {
        float distance = Math.max(0f, Math.min(sides[side], bins - 1 - 0.01f));
        int left = (int) distance;
        float rightWeight = distance - left;
        int base = (count * 4 + side) * bins;
        dflTargets[base + left] = 1f - rightWeight;
        dflTargets[base + left + 1] = rightWeight;
      }
      count++;
    }

    long[] indices() {
      return java.util.Arrays.copyOf(indices, count);
    }

    float[] weights() {
      return java.util.Arrays.copyOf(weights, count);
    }

    float[] centers() {
      return java.util.Arrays.copyOf(centers, count * 2);
    }

    float[] truthBoxes() {
      return java.util.Arrays.copyOf(truthBoxes, count * 4);
    }

    float[] dflTargets() {
      return java.util.Arrays.copyOf(dflTargets, count * 4 * bins);
    }
  }
}
