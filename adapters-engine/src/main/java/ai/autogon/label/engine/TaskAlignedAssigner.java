package ai.autogon.label.engine;

import java.util.Arrays;

/**
 * Task-aligned label assignment: each ground-truth box takes the anchor points inside it with the highest
 * {@code score^alpha * iou^beta}, where score is the predicted probability of the box's class.
 */
final class TaskAlignedAssigner {
  private static final double EPS = 1e-9;

  private final int topK;
  private final double alpha;
  private final double beta;

  TaskAlignedAssigner(int topK, double alpha, double beta) {
    this.topK = topK;
    this.alpha = alpha;
    this.beta = beta;
  }

  int topK() {
    return topK;
  }

  /**
   * Result for one image.
   *
   * @param truthIndex per anchor, the index of its ground-truth box, or -1 for background
   * @param targetScore per anchor, the soft target of its class (normalised alignment), 0 for background
   */
  record Assignment(int[] truthIndex, float[] targetScore) {
    int positives() {
      int count = 0;
      for (int index : truthIndex) {
        count += index >= 0 ? 1 : 0;
      }
      return count;
    }
  }

  /**
   * Assigns the anchors of one image.
   *
   * @param scores predicted class probabilities, {@code anchors * classes}
   * @param classes number of classes
   * @param boxes predicted boxes, {@code anchors * 4} corners in input pixels
   * @param truths ground-truth boxes, {@code n * 4} corners in input pixels
   * @param labels class of each ground-truth box
   */
  Assignment assign(float[] scores, int classes, float[] boxes, AnchorGrid grid, float[] truths, int[] labels) {
    int anchors = grid.size();
    int[] truthIndex = new int[anchors];
    Arrays.fill(truthIndex, -1);
    float[] bestOverlap = new float[anchors];
    float[] alignment = new float[anchors];
    int truthCount = labels.length;
    float[][] truthAlignment = new float[truthCount][];
    float[][] truthOverlap = new float[truthCount][];
    int[][] chosen = new int[truthCount][];

    for (int t = 0; t < truthCount; t++) {
      float x1 = truths[t * 4];
      float y1 = truths[t * 4 + 1];
      float x2 = truths[t * 4 + 2];
      float y2 = truths[t * 4 + 3];
      int[] inside = new int[anchors];
      int insideCount = 0;
      for (int a = 0; a < anchors; a++) {
        float px = grid.pixelX(a);
        float py = grid.pixelY(a);
        if (px - x1 > EPS && py - y1 > EPS && x2 - px > EPS && y2 - py > EPS) {
          inside[insideCount++] = a;
        }
      }
      float[] metric = new float[insideCount];
      float[] overlap = new float[insideCount];
      for (int i = 0; i < insideCount; i++) {
        int a = inside[i];
        overlap[i] = (float) iou(boxes, a * 4, truths, t * 4);
        double score = scores[a * classes + labels[t]];
        metric[i] = (float) (Math.pow(score, alpha) * Math.pow(overlap[i], beta));
      }
      int keep = Math.min(topK, insideCount);
      Integer[] order = new Integer[insideCount];
      for (int i = 0; i < insideCount; i++) {
        order[i] = i;
      }
      Arrays.sort(order, (p, q) -> metric[q] != metric[p] ? Float.compare(metric[q], metric[p]) : Integer.compare(p, q));
      chosen[t] = new int[keep];
      truthAlignment[t] = new float[keep];
      truthOverlap[t] = new float[keep];
      for (int k = 0; k < keep; k++) {
        chosen[t][k] = inside[order[k]];
        truthAlignment[t][k] = metric[order[k]];
        truthOverlap[t][k] = overlap[order[k]];
      }
    }

    // An anchor chosen by several boxes goes to the box it overlaps most.
    for (int t = 0; t < truthCount; t++) {
      for (int k = 0; k < chosen[t].length; k++) {
        int a = chosen[t][k];
        float overlap = truthOverlap[t][k];
        if (truthIndex[a] < 0 || overlap > bestOverlap[a]) {
          truthIndex[a] = t;
          bestOverlap[a] = overlap;
          alignment[a] = truthAlignment[t][k];
        }
      }
    }

    float[] targetScore = normalise(truthIndex, alignment, truthCount, anchors, boxes, truths);
    return new Assignment(truthIndex, targetScore);
  }

  /** Scales each anchor's alignment so the best anchor of a box reaches that box's best overlap. */
  private static float[] normalise(int[] truthIndex, float[] alignment, int truthCount, int anchors, float[] boxes, float[] truths) {
    float[] maxAlignment = new float[truthCount];
    float[] maxOverlap = new float[truthCount];
    for (int a = 0; a < anchors; a++) {
      int t = truthIndex[a];
      if (t >= 0) {
        maxAlignment[t] = Math.max(maxAlignment[t], alignment[a]);
        maxOverlap[t] = Math.max(maxOverlap[t], (float) iou(boxes, a * 4, truths, t * 4));
      }
    }
    float[] targetScore = new float[anchors];
    for (int a = 0; a < anchors; a++) {
      int t = truthIndex[a];
      if (t >= 0) {
        targetScore[a] = (float) (alignment[a] * maxOverlap[t] / (maxAlignment[t] + EPS));
      }
    }
    return targetScore;
  }

  /** Returns the IoU of two corner boxes stored at the given offsets. */
  static double iou(float[] a, int i, float[] b, int j) {
    double w = Math.min(a[i + 2], b[j + 2]) - Math.max(a[i], b[j]);
    double h = Math.min(a[i + 3], b[j + 3]) - Math.max(a[i + 1], b[j + 1]);
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inter = w * h;
    double union = (a[i + 2] - a[i]) * (a[i + 3] - a[i + 1]) + (b[j + 2] - b[j]) * (b[j + 3] - b[j + 1]) - inter;
    return union <= 0 ? 0 : inter / union;
  }
}
