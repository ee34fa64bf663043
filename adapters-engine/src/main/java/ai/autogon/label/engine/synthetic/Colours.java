package ai.autogon.label.engine.synthetic;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Random colours, and the choice of a fill colour that contrasts with the pixels under a shape. */
final class Colours {
  private static final int CANDIDATES = 12;
  /** Smallest RGB distance to the pixels under a shape that counts as enough contrast. */
  private static final double ENOUGH_CONTRAST = 90;

  private Colours() {}

  static Color random(Random random) {
    return Color.getHSBColor(random.nextFloat(), 0.2f + random.nextFloat() * 0.8f, 0.2f + random.nextFloat() * 0.8f);
  }

  /**
   * Picks a random saturated colour that differs clearly in RGB from every pixel in a region.
   *
   * <p>The distance of a candidate is its smallest distance to a pixel of the region (every second pixel in each
   * direction), so the chosen colour differs from the darkest stripe and the brightest blotch alike. The first
   * candidate at {@value #ENOUGH_CONTRAST} or more wins, which keeps hues varied, else the farthest of twelve.
   */
  static Color contrasting(BufferedImage image, int left, int top, int right, int bottom, Random random) {
    int x0 = Math.max(0, left);
    int y0 = Math.max(0, top);
    int x1 = Math.min(image.getWidth(), right);
    int y1 = Math.min(image.getHeight(), bottom);

    Color best = null;
    double bestDistance = -1;
    for (int i = 0; i < CANDIDATES; i++) {
      Color candidate = Color.getHSBColor(random.nextFloat(), 0.5f + random.nextFloat() * 0.5f, 0.3f + random.nextFloat() * 0.7f);
      double distance = smallestDistance(image, candidate, x0, y0, x1, y1);
      if (distance >= ENOUGH_CONTRAST) {
        return candidate;
      }
      if (distance > bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return best;
  }

  private static double smallestDistance(BufferedImage image, Color colour, int x0, int y0, int x1, int y1) {
    double smallest = Double.MAX_VALUE;
    for (int y = y0; y < y1; y += 2) {
      for (int x = x0; x < x1; x += 2) {
        int rgb = image.getRGB(x, y);
        int dr = (rgb >> 16 & 0xFF) - colour.getRed();
        int dg = (rgb >> 8 & 0xFF) - colour.getGreen();
        int db = (rgb & 0xFF) - colour.getBlue();
        smallest = Math.min(smallest, Math.sqrt(dr * dr + dg * dg + db * db));
      }
    }
    return smallest;
  }

  static void antialias(Graphics2D graphics) {
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }
}
