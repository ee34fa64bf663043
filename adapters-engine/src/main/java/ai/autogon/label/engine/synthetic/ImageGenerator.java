package ai.autogon.label.engine.synthetic;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.project.Split;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Draws one synthetic image from its own random stream, so any image can be made without the others. */
final class ImageGenerator {
  private static final int PLACEMENT_ATTEMPTS = 100;
  /** Gap between a shape and the image border, so antialiased edges are not cut off. */
  private static final int MARGIN = 2;
  /** Noise added over the shapes too, small enough that a fill colour stays within 3 levels per channel. */
  static final int FINAL_NOISE = 3;

  private final SyntheticShapesDataset.Settings settings;

  ImageGenerator(SyntheticShapesDataset.Settings settings) {
    this.settings = settings;
  }

  SyntheticImage generate(int index, String fileName, Split split) {
    Random random = new Random(imageSeed(settings.seed(), index));
    int width = between(random, settings.minWidth(), settings.maxWidth());
    int height = between(random, settings.minHeight(), settings.maxHeight());
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Background.paint(image, random);

    int wanted = between(random, settings.minShapes(), settings.maxShapes());
    List<SyntheticShape> shapes = new ArrayList<>();
    Graphics2D graphics = image.createGraphics();
    try {
      Colours.antialias(graphics);
      for (int i = 0; i < wanted; i++) {
        int classIndex = random.nextInt(settings.kinds().size());
        ShapeKind kind = settings.kinds().get(classIndex);
        Shape outline = place(kind, width, height, shapes, random);
        if (outline == null) {
          // The image is too crowded for another shape under the overlap limit.
          break;
        }
        Rectangle2D bounds = outline.getBounds2D();
        Color colour = Colours.contrasting(
            image,
            (int) Math.floor(bounds.getMinX()) - 3,
            (int) Math.floor(bounds.getMinY()) - 3,
            (int) Math.ceil(bounds.getMaxX()) + 3,
            (int) Math.ceil(bounds.getMaxY()) + 3,
            random);
        graphics.setColor(colour);
        graphics.fill(outline);
        BoundingBox box = new BoundingBox(bounds.getX(), bounds.getY(), bounds.getWidth(), bounds.getHeight());
        shapes.add(new SyntheticShape(kind, classIndex, box.clipTo(width, height), colour));
      }
    } finally {
      graphics.dispose();
    }
    Background.addNoise(image, random, FINAL_NOISE);
    return new SyntheticImage(fileName, image, shapes, split);
  }

  private Shape place(ShapeKind kind, int width, int height, List<SyntheticShape> placed, Random random) {
    int largest = Math.min(settings.maxShapeSize(), Math.min(width, height) - 2 * MARGIN);
    for (int attempt = 0; attempt < PLACEMENT_ATTEMPTS; attempt++) {
      double size = settings.minShapeSize() + random.nextDouble() * (largest - settings.minShapeSize());
      double rotation = Outlines.randomRotation(random);
      Rectangle2D extent = Outlines.extent(kind, size, rotation);
      double left = MARGIN + random.nextDouble() * (width - 2 * MARGIN - extent.getWidth());
      double top = MARGIN + random.nextDouble() * (height - 2 * MARGIN - extent.getHeight());
      BoundingBox candidate = new BoundingBox(left, top, extent.getWidth(), extent.getHeight());
      if (overlapsTooMuch(candidate, placed)) {
        continue;
      }
      return Outlines.create(kind, size, rotation, left, top);
    }
    return null;
  }

  private boolean overlapsTooMuch(BoundingBox candidate, List<SyntheticShape> placed) {
    for (SyntheticShape shape : placed) {
      BoundingBox other = shape.box();
      double overlapWidth = Math.min(candidate.right(), other.right()) - Math.max(candidate.x(), other.x());
      double overlapHeight = Math.min(candidate.bottom(), other.bottom()) - Math.max(candidate.y(), other.y());
      if (overlapWidth <= 0 || overlapHeight <= 0) {
        continue;
      }
      // Measured against the smaller box, so a small shape is never mostly hidden behind a large one.
      double covered = overlapWidth * overlapHeight / Math.min(candidate.area(), other.area());
      if (covered > settings.maxOverlap()) {
        return true;
      }
    }
    return false;
  }

  private static int between(Random random, int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  private static long imageSeed(long seed, int index) {
    // SplitMix64's finaliser spreads neighbouring seeds and indices over the whole range of long.
    long z = seed * 0x9E37_79B9_7F4A_7C15L + index + 1;
    z = (z ^ (z >>> 30)) * 0xBF58_476D_1CE4_E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D0_49BB_1331_11EBL;
    return z ^ (z >>> 31);
  }
}
