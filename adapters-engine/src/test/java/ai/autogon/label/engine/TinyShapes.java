package ai.autogon.label.engine;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Small synthetic dataset of filled shapes on noisy backgrounds with exact boxes, for engine tests. */
// TODO: replace with the shared generator in ai.autogon.label.engine.synthetic once it is on main.
final class TinyShapes {
  static final List<String> CLASSES = List.of("square", "disc", "triangle");

  private TinyShapes() {}

  /** Creates a project of {@code count} images and registers their pixels with the fake reader. */
  static Project project(long id, int count, int width, int height, long seed, List<String> classNames, FakePorts.Images images, Split split) {
    Random random = new Random(seed);
    List<LabelledImage> labelled = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      ImageReference reference = new ImageReference(URI.create("file:///synthetic/p" + id + "/img" + i + ".png"));
      List<LabelledBox> boxes = new ArrayList<>();
      images.add(reference, draw(width, height, random, classNames.size(), boxes));
      labelled.add(new LabelledImage(reference, width, height, boxes, split));
    }
    return new Project(ProjectId.of(id), AppId.of(id), "shapes-" + id, classNames, labelled, Instant.parse("2026-12-04T20:00:00Z"));
  }

  private static RgbImage draw(int width, int height, Random random, int classes, List<LabelledBox> boxes) {
    BufferedImage canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int base = 90 + (int) (40 * Math.sin((x + y) / 9.0)) + random.nextInt(30);
        canvas.setRGB(x, y, new Color(base, base, Math.min(255, base + 20)).getRGB());
      }
    }
    Graphics2D g = canvas.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
    int shapes = 1 + random.nextInt(3);
    List<int[]> placed = new ArrayList<>();
    for (int s = 0; s < shapes; s++) {
      int size = Math.min(width, height) / 6 + random.nextInt(Math.min(width, height) / 4);
      int x = random.nextInt(width - size);
      int y = random.nextInt(height - size);
      boolean overlaps = placed.stream().anyMatch(p -> x < p[0] + p[2] && p[0] < x + size && y < p[1] + p[2] && p[1] < y + size);
      if (overlaps) {
        continue;
      }
      placed.add(new int[] {x, y, size});
      int label = random.nextInt(classes);
      g.setColor(Color.getHSBColor(random.nextFloat(), 0.6f + 0.4f * random.nextFloat(), 0.7f + 0.3f * random.nextFloat()));
      switch (label % 3) {
        case 0 -> g.fillRect(x, y, size, size);
        case 1 -> g.fillOval(x, y, size, size);
        default -> g.fillPolygon(new int[] {x, x + size, x + size / 2}, new int[] {y + size, y + size, y}, 3);
      }
      boxes.add(new LabelledBox(label, new BoundingBox(x, y, size, size)));
    }
    g.dispose();
    byte[] pixels = new byte[width * height * 3];
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = canvas.getRGB(x, y);
        int at = (y * width + x) * 3;
        pixels[at] = (byte) (rgb >> 16);
        pixels[at + 1] = (byte) (rgb >> 8);
        pixels[at + 2] = (byte) rgb;
      }
    }
    return new RgbImage(width, height, pixels);
  }
}
