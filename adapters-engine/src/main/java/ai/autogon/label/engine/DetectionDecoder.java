package ai.autogon.label.engine;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.NonMaxSuppression;
import java.util.ArrayList;
import java.util.List;

/** Turns the network's raw outputs for one image into scored boxes in input pixels, suppressed and capped. */
final class DetectionDecoder {
  private final AnchorGrid grid;
  private final int classes;

  DetectionDecoder(AnchorGrid grid, int classes) {
    this.grid = grid;
    this.classes = classes;
  }

  /**
   * Decodes one image of a batch: each anchor point proposes its best class when that class scores at least
   * {@code confidence}, and suppression then drops overlapping boxes and keeps the best ones.
   *
   * @param distributions box logits of the batch, anchor-major
   * @param probabilities class probabilities of the batch, anchor-major
   * @param image index of the image in the batch
   */
  List<Detection> decode(float[] distributions, float[] probabilities, int image, double confidence, NonMaxSuppression suppression) {
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
      BoundingBox box = BoundingBox.fromCorners(
          (grid.gridX(a) - left) * stride, (grid.gridY(a) - top) * stride, (grid.gridX(a) + right) * stride, (grid.gridY(a) + bottom) * stride);
      candidates.add(new Detection(best, score, box));
    }
    return suppression.apply(candidates);
  }
}
