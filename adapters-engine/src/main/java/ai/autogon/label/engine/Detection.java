package ai.autogon.label.engine;

/** One detection in network input pixels, before it is mapped back to the image. */
record Detection(float x1, float y1, float x2, float y2, float score, int label) {
  float area() {
    return Math.max(0, x2 - x1) * Math.max(0, y2 - y1);
  }

  double iou(Detection other) {
    float w = Math.min(x2, other.x2) - Math.max(x1, other.x1);
    float h = Math.min(y2, other.y2) - Math.max(y1, other.y1);
    if (w <= 0 || h <= 0) {
      return 0;
    }
    double inter = (double) w * h;
    double union = area() + other.area() - inter;
    return union <= 0 ? 0 : inter / union;
  }
}
