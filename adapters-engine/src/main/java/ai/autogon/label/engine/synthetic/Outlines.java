package ai.autogon.label.engine.synthetic;

import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.Random;

/** Outlines of the shape kinds, rotated and scaled so their bounds have a given longer side. */
final class Outlines {
  private static final double STAR_INNER_RATIO = 0.45;

  private Outlines() {}

  /**
   * Creates an outline rotated by {@code rotation} radians whose bounds start at {@code (left, top)} and have a
   * longer side of {@code size}.
   */
  static Shape create(ShapeKind kind, double size, double rotation, double left, double top) {
    if (kind == ShapeKind.CIRCLE) {
      // Drawn directly so the bounds come from the ellipse, not from the control points of a transformed curve.
      return new Ellipse2D.Double(left, top, size, size);
    }
    Shape rotated = AffineTransform.getRotateInstance(rotation).createTransformedShape(unitPolygon(kind));
    Rectangle2D bounds = rotated.getBounds2D();
    double scale = size / Math.max(bounds.getWidth(), bounds.getHeight());

    AffineTransform placement = new AffineTransform();
    placement.translate(left, top);
    placement.scale(scale, scale);
    placement.translate(-bounds.getX(), -bounds.getY());
    return placement.createTransformedShape(rotated);
  }

  /** Returns the width and height of the bounds of {@link #create} for the same kind, size and rotation. */
  static Rectangle2D extent(ShapeKind kind, double size, double rotation) {
    return create(kind, size, rotation, 0, 0).getBounds2D();
  }

  /** Returns a random rotation in radians; any angle, because every kind keeps its class when rotated. */
  static double randomRotation(Random random) {
    return random.nextDouble() * 2 * Math.PI;
  }

  private static Shape unitPolygon(ShapeKind kind) {
    return switch (kind) {
      case SQUARE -> regularPolygon(4, 1, Math.PI / 4);
      case TRIANGLE -> regularPolygon(3, 1, -Math.PI / 2);
      case STAR -> star();
      case CIRCLE -> throw new IllegalArgumentException("a circle has no polygon outline");
    };
  }

  private static Path2D regularPolygon(int corners, double radius, double firstAngle) {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < corners; i++) {
      double angle = firstAngle + 2 * Math.PI * i / corners;
      if (i == 0) {
        path.moveTo(radius * Math.cos(angle), radius * Math.sin(angle));
      } else {
        path.lineTo(radius * Math.cos(angle), radius * Math.sin(angle));
      }
    }
    path.closePath();
    return path;
  }

  private static Path2D star() {
    Path2D.Double path = new Path2D.Double();
    for (int i = 0; i < 10; i++) {
      double radius = i % 2 == 0 ? 1 : STAR_INNER_RATIO;
      double angle = -Math.PI / 2 + Math.PI * i / 5;
      if (i == 0) {
        path.moveTo(radius * Math.cos(angle), radius * Math.sin(angle));
      } else {
        path.lineTo(radius * Math.cos(angle), radius * Math.sin(angle));
      }
    }
    path.closePath();
    return path;
  }
}
