package ai.autogon.label.engine.synthetic;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Line2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Textured backgrounds: a gradient, soft blotches, thin stripes and pixel noise, none with crisp shapes. */
final class Background {
  private Background() {}

  /** Paints a random textured background over the whole image. */
  static void paint(BufferedImage image, Random random) {
    int width = image.getWidth();
    int height = image.getHeight();
    Graphics2D graphics = image.createGraphics();
    try {
      Colours.antialias(graphics);
      paintGradient(graphics, width, height, random);
      paintBlotches(graphics, width, height, random);
      if (random.nextBoolean()) {
        paintStripes(graphics, width, height, random);
      }
    } finally {
      graphics.dispose();
    }
    addNoise(image, random, 8 + random.nextInt(17));
  }

  private static void paintGradient(Graphics2D graphics, int width, int height, Random random) {
    Point2D start = new Point2D.Double(random.nextDouble() * width, random.nextDouble() * height);
    Point2D end = new Point2D.Double(random.nextDouble() * width, random.nextDouble() * height);
    graphics.setPaint(new GradientPaint(start, Colours.random(random), end, Colours.random(random)));
    graphics.fill(new Rectangle2D.Double(0, 0, width, height));
  }

  private static void paintBlotches(Graphics2D graphics, int width, int height, Random random) {
    int count = 3 + random.nextInt(6);
    int longSide = Math.max(width, height);
    for (int i = 0; i < count; i++) {
      Point2D centre = new Point2D.Double(random.nextDouble() * width, random.nextDouble() * height);
      float radius = (float) (longSide * (0.1 + random.nextDouble() * 0.3));
      Color colour = Colours.random(random);
      // Opacity fades to zero at the rim, so a blotch has no edge that could pass for a circle.
      Color centreColour = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 60 + random.nextInt(80));
      Color rimColour = new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 0);
      graphics.setPaint(new RadialGradientPaint(
          centre, radius, new float[] {0f, 1f}, new Color[] {centreColour, rimColour},
          MultipleGradientPaint.CycleMethod.NO_CYCLE));
      graphics.fill(new Rectangle2D.Double(centre.getX() - radius, centre.getY() - radius, 2 * radius, 2 * radius));
    }
  }

  private static void paintStripes(Graphics2D graphics, int width, int height, Random random) {
    int count = 3 + random.nextInt(10);
    double diagonal = Math.hypot(width, height);
    double angle = random.nextDouble() * Math.PI;
    for (int i = 0; i < count; i++) {
      // Mostly parallel stripes, each tilted a little, crossing the whole image.
      double stripeAngle = angle + (random.nextDouble() - 0.5) * 0.3;
      double centreX = random.nextDouble() * width;
      double centreY = random.nextDouble() * height;
      double dx = Math.cos(stripeAngle) * diagonal;
      double dy = Math.sin(stripeAngle) * diagonal;
      Color colour = Colours.random(random);
      graphics.setColor(new Color(colour.getRed(), colour.getGreen(), colour.getBlue(), 50 + random.nextInt(90)));
      graphics.setStroke(new BasicStroke(1f + random.nextFloat() * 3f));
      graphics.draw(new Line2D.Double(centreX - dx, centreY - dy, centreX + dx, centreY + dy));
    }
  }

  /** Adds uniform noise of up to {@code amplitude} levels to each channel of each pixel. */
  static void addNoise(BufferedImage image, Random random, int amplitude) {
    int width = image.getWidth();
    int[] row = new int[width];
    for (int y = 0; y < image.getHeight(); y++) {
      image.getRGB(0, y, width, 1, row, 0, width);
      for (int x = 0; x < width; x++) {
        int red = clamp((row[x] >> 16 & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
        int green = clamp((row[x] >> 8 & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
        int blue = clamp((row[x] & 0xFF) + random.nextInt(2 * amplitude + 1) - amplitude);
        row[x] = red << 16 | green << 8 | blue;
      }
      image.setRGB(0, y, width, 1, row, 0, width);
    }
  }

  private static int clamp(int value) {
    return Math.max(0, Math.min(255, value));
  }
}
