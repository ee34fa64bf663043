package ai.autogon.label.engine;

/**
 * Anchor points of the three output levels for a square input: each point's centre in grid cells and its stride.
 *
 * <p>Points are ordered by level, then row, then column, as the network's outputs are.
 */
final class AnchorGrid {
  private final float[] centerX;
  private final float[] centerY;
  private final float[] stride;

  AnchorGrid(int imageSize) {
    int count = DetectorNetwork.anchorCount(imageSize);
    centerX = new float[count];
    centerY = new float[count];
    stride = new float[count];
    int index = 0;
    for (int levelStride : DetectorNetwork.STRIDES) {
      int cells = imageSize / levelStride;
      for (int row = 0; row < cells; row++) {
        for (int column = 0; column < cells; column++) {
          centerX[index] = column + 0.5f;
          centerY[index] = row + 0.5f;
          stride[index] = levelStride;
          index++;
        }
      }
    }
  }

  int size() {
    return stride.length;
  }

  /** Returns the x of a point's centre in grid cells of its level. */
  float gridX(int anchor) {
    return centerX[anchor];
  }

  /** Returns the y of a point's centre in grid cells of its level. */
  float gridY(int anchor) {
    return centerY[anchor];
  }

  float stride(int anchor) {
    return stride[anchor];
  }

  /** Returns the x of a point's centre in input pixels. */
  float pixelX(int anchor) {
    return centerX[anchor] * stride[anchor];
  }

  /** Returns the y of a point's centre in input pixels. */
  float pixelY(int anchor) {
    return centerY[anchor] * stride[anchor];
  }
}
