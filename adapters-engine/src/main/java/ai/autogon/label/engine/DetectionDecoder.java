package ai.autogon.label.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Turns the network's raw outputs for one image into scored boxes, suppressed and capped. */
final class DetectionDecoder {
  private final AnchorGrid grid;
  private final int classes;

  DetectionDecoder(AnchorGrid grid, int classes) {
    this.grid = grid;
    this.classes = classes;
  }

  /**
   * Decodes one image of a batch.
   *
   * @param distributions box logits of the batch, anchor-major
   * @param probabilities class probabilities of the batch, anchor-major
   * @param image index of the image in the batch
   * @param confidence minimum score of a kept detection
   * @param overlap IoU above which the lower-scoring of two boxes is dropped
   * @param classAgnostic whether boxes of different labels suppress each other
   * @param maxDetections most detections returned
   */
  List<Detection> decode(
      float[] distributions, float[] probabilities, int image, double confidence, double overlap, boolean classAgnostic, int maxDetections) {
    int anchors = grid.size();
    int bins = DetectorNetwork.BINS;
    List<Detection> candidates = new ArrayList<>();
    for (int a = 0; a < anchors; a++) {
      int scoreBase = (image * anchors + a) * classes;
      int best = 0;
      for (int c = 1; c < classes; c++) {
        if (probabilities[scoreBase + c] > probabilities[scoreBase + best]) {
          best = c;
        }
      }
      float score = probabilities[scoreBase + best];
      if (score < confidence) {
        continue;
      }
      int boxBase = (image * anchors + a) * 4 * bins;
      float stride = grid.stride(a);
      float left = BoxDecoder.expectedBin(distributions, boxBase, bins);
      float top = BoxDecoder.expectedBin(distributions, boxBase + bins, bins);
      float right = BoxDecoder.expectedBin(distributions, boxBase + 2 * bins, bins);
      float bottom = BoxDecoder.expectedBin(distributions, boxBase + 3 * bins, bins);
      candidates.add(
          new Detection(
              (grid.gridX(a) - left) * stride,
              (grid.gridY(a) - top) * stride,
              (grid.gridX(a) + right) * stride,
              (grid.gridY(a) + bottom) * stride,
              score,
              best));
    }
    return suppress(candidates, overlap, classAgnostic, maxDetections);
  }

  /**
   * Greedy non-maximum suppression: a box is dropped when its IoU with a kept, higher-scoring box of the same
   * label (any label when class-agnostic) is strictly greater than {@code overlap}.
   */
  // TODO: replace with ai.autogon.label.domain.prediction.NonMaxSuppression once it is on main.
  static List<Detection> suppress(List<Detection> candidates, double overlap, boolean classAgnostic, int maxDetections) {
    List<Detection> sorted = new ArrayList<>(candidates);
    sorted.sort(Comparator.comparingDouble(Detection::score).reversed());
    List<Detection> kept = new ArrayList<>();
    for (Detection candidate : sorted) {
      if (kept.size() >= maxDetections) {
        break;
      }
      boolean suppressed = false;
      for (Detection keeper : kept) {
        if ((classAgnostic || keeper.label() == candidate.label()) && keeper.iou(candidate) > overlap) {
          suppressed = true;
          break;
        }
      }
      if (!suppressed) {
        kept.add(candidate);
      }
    }
    return kept;
  }
}
