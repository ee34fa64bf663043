package ai.autogon.label.engine;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.project.LabelledBox;
import java.util.ArrayList;
import java.util.List;

/**
 * Image with its ground-truth boxes in the image's pixels.
 *
 * @param image pixels
 * @param boxes {@code n * 4} corners: x1, y1, x2, y2
 * @param labels class index of each box
 */
record Sample(RgbImage image, float[] boxes, int[] labels) {
  int boxCount() {
    return labels.length;
  }

  /** Returns the boxes as ground truth for evaluation; a box squeezed to nothing keeps zero size. */
  List<LabelledBox> labelledBoxes() {
    List<LabelledBox> result = new ArrayList<>(labels.length);
    for (int i = 0; i < labels.length; i++) {
      BoundingBox box = BoundingBox.fromCorners(boxes[i * 4], boxes[i * 4 + 1], Math.max(boxes[i * 4], boxes[i * 4 + 2]), Math.max(boxes[i * 4 + 1], boxes[i * 4 + 3]));
      result.add(new LabelledBox(labels[i], box));
    }
    return result;
  }
}
