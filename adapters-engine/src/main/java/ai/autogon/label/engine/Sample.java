package ai.autogon.label.engine;

import ai.autogon.label.domain.image.RgbImage;

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
}
