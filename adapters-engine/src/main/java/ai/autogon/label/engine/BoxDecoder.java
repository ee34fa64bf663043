package ai.autogon.label.engine;

/** Decodes the network's side-distance distributions into boxes (distribution focal loss decoding). */
final class BoxDecoder {
  private BoxDecoder() {}

  /**
   * Decodes the boxes of one image into corner coordinates in input pixels.
   *
   * @param distributions logits of one image, {@code anchors * 4 * BINS} values ordered anchor, side (left, top,
   *     right, bottom), bin
   * @param offset index of the image's first value in {@code distributions}
   * @return {@code anchors * 4} values: x1, y1, x2, y2 per anchor
   */
  static float[] decode(float[] distributions, int offset, AnchorGrid grid) {
    int bins = DetectorNetwork.BINS;
    float[] boxes = new float[grid.size() * 4];
    float[] sides = new float[4];
    for (int anchor = 0; anchor < grid.size(); anchor++) {
      for (int side = 0; side < 4; side++) {
        sides[side] = expectedBin(distributions, offset + (anchor * 4 + side) * bins, bins);
      }
      float stride = grid.stride(anchor);
      boxes[anchor * 4] = (grid.gridX(anchor) - sides[0]) * stride;
      boxes[anchor * 4 + 1] = (grid.gridY(anchor) - sides[1]) * stride;
      boxes[anchor * 4 + 2] = (grid.gridX(anchor) + sides[2]) * stride;
      boxes[anchor * 4 + 3] = (grid.gridY(anchor) + sides[3]) * stride;
    }
    return boxes;
  }

  /** Returns the mean bin index under the softmax of {@code bins} logits starting at {@code start}. */
  static float expectedBin(float[] logits, int start, int bins) {
    float max = Float.NEGATIVE_INFINITY;
    for (int i = 0; i < bins; i++) {
      max = Math.max(max, logits[start + i]);
    }
    double sum = 0;
    double weighted = 0;
    for (int i = 0; i < bins; i++) {
      double e = Math.exp(logits[start + i] - max);
      sum += e;
      weighted += e * i;
    }
    return (float) (weighted / sum);
  }
}
