package ai.autogon.label.engine;

import ai.autogon.label.domain.model.ModelType;

/**
 * Depth and width multipliers of the detector, chosen close to the YOLOv8 n, s and m sizes.
 *
 * @param depth multiplier of the number of bottlenecks per stage
 * @param width multiplier of the channel counts
 * @param maxChannels cap on the channels of the deepest stage before the width multiplier
 */
record NetworkScale(double depth, double width, int maxChannels) {
  private static final int[] BASE_CHANNELS = {64, 128, 256, 512, 1024};

  static NetworkScale of(ModelType type) {
    return switch (type) {
      case SMALL -> new NetworkScale(0.33, 0.25, 1024);
      case MEDIUM -> new NetworkScale(0.33, 0.50, 1024);
      case LARGE -> new NetworkScale(0.67, 0.75, 768);
    };
  }

  /** Returns the channels of backbone level {@code level} (0 for stride 2 to 4 for stride 32). */
  int channels(int level) {
    double scaled = Math.min(BASE_CHANNELS[level], maxChannels) * width;
    return (int) Math.ceil(scaled / 8) * 8;
  }

  /** Returns the bottlenecks of a stage whose base depth is {@code base}. */
  int repeats(int base) {
    return Math.max(1, (int) Math.round(base * depth));
  }
}
