package ai.autogon.label.engine.synthetic;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.engine.drawing.PngFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates a small detection dataset of coloured shapes on textured backgrounds, with exact boxes.
 *
 * <p>Each image gets one to a few shapes ({@link ShapeKind}), each shape a random size, rotation and colour
 * chosen to stand out from what lies under it, and the shapes overlap each other only a little. The same settings
 * and seed give the same images, pixel for pixel, on the same Java runtime. Create one with {@link #builder()}.
 * Instances are immutable and safe to share between threads.
 */
public final class SyntheticShapesDataset {
  private static final Logger LOG = LoggerFactory.getLogger(SyntheticShapesDataset.class);
  private static final String FILE_PREFIX = "shapes-";

  private final Settings settings;
  private final List<Split> splits;
  private final ImageGenerator generator;

  private SyntheticShapesDataset(Settings settings) {
    this.settings = settings;
    this.splits = assignSplits(settings);
    this.generator = new ImageGenerator(settings);
  }

  /** Starts building a dataset; every setting has a default. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the class names, one per shape kind, in the order that class indices point into. */
  public List<String> classNames() {
    return settings.kinds().stream().map(ShapeKind::label).toList();
  }

  /** Returns the number of images. */
  public int size() {
    return settings.imageCount();
  }

  /** Generates the image with the given index, the same as {@link #generate()} returns at that position. */
  public SyntheticImage image(int index) {
    if (index < 0 || index >= settings.imageCount()) {
      throw new IndexOutOfBoundsException("image index must be between 0 and " + (settings.imageCount() - 1) + ", got " + index);
    }
    return generator.generate(index, fileName(index), splits.get(index));
  }

  /** Generates all images in memory. */
  public List<SyntheticImage> generate() {
    List<SyntheticImage> images = new ArrayList<>(settings.imageCount());
    for (int i = 0; i < settings.imageCount(); i++) {
      images.add(image(i));
    }
    return images;
  }

  /**
   * Writes all images as PNG files named {@code shapes-00000.png}, {@code shapes-00001.png}, ... into a directory.
   *
   * <p>The directory is created if missing. Each file is written atomically, one image in memory at a time.
   *
   * @throws StorageException when one of the files already exists (before anything is written) or a write fails
   */
  public SyntheticProject writeTo(Path directory) {
    for (int i = 0; i < settings.imageCount(); i++) {
      Path file = directory.resolve(fileName(i));
      if (Files.exists(file)) {
        throw new StorageException("cannot write " + file.toAbsolutePath() + ": the file already exists; choose another directory");
      }
    }

    List<LabelledImage> images = new ArrayList<>(settings.imageCount());
    for (int i = 0; i < settings.imageCount(); i++) {
      SyntheticImage image = image(i);
      Path file = directory.resolve(image.fileName());
      PngFiles.write(image.image(), file);
      images.add(new LabelledImage(ImageReference.of(file), image.width(), image.height(), image.boxes(), image.split()));
    }
    LOG.debug("Wrote {} synthetic images of classes {} to {}", images.size(), classNames(), directory);
    return new SyntheticProject(classNames(), images);
  }

  private static String fileName(int index) {
    return FILE_PREFIX + String.format(Locale.ROOT, "%05d", index) + ".png";
  }

  private static List<Split> assignSplits(Settings settings) {
    int count = settings.imageCount();
    int validation = (int) Math.round(count * settings.validationFraction());
    int test = Math.min(count - validation, (int) Math.round(count * settings.testFraction()));

    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      order.add(i);
    }
    // A stream separate from the images' streams, so the split of an image does not change its pixels.
    Collections.shuffle(order, new Random(settings.seed() ^ 0x5EED_5917_7000_0000L));

    Split[] splits = new Split[count];
    Arrays.fill(splits, Split.TRAIN);
    for (int i = 0; i < validation; i++) {
      splits[order.get(i)] = Split.VAL;
    }
    for (int i = validation; i < validation + test; i++) {
      splits[order.get(i)] = Split.TEST;
    }
    return List.of(splits);
  }

  /** Checked settings of a dataset. */
  record Settings(
      long seed,
      int imageCount,
      int minWidth,
      int maxWidth,
      int minHeight,
      int maxHeight,
      int minShapes,
      int maxShapes,
      List<ShapeKind> kinds,
      int minShapeSize,
      int maxShapeSize,
      double maxOverlap,
      double validationFraction,
      double testFraction) {}

  /** Collects the settings of a dataset; {@link #build()} checks them together. */
  public static final class Builder {
    private static final int SMALLEST_IMAGE_SIDE = 32;
    private static final int LARGEST_IMAGE_SIDE = 4096;
    private static final int SMALLEST_SHAPE = 8;

    private long seed = 0;
    private int imageCount = 100;
    private int minWidth = 320;
    private int maxWidth = 320;
    private int minHeight = 240;
    private int maxHeight = 240;
    private int minShapes = 1;
    private int maxShapes = 4;
    private List<ShapeKind> kinds = List.of(ShapeKind.CIRCLE, ShapeKind.SQUARE, ShapeKind.TRIANGLE);
    private Integer minShapeSize;
    private Integer maxShapeSize;
    private double maxOverlap = 0.2;
    private double validationFraction = 0.2;
    private double testFraction = 0;

    private Builder() {}

    /** Sets the seed that fixes every random choice; default 0. */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /** Sets the number of images; default 100. */
    public Builder imageCount(int imageCount) {
      this.imageCount = imageCount;
      return this;
    }

    /** Gives every image the same size in pixels; default 320 x 240. */
    public Builder imageSize(int width, int height) {
      return imageSizeRange(width, height, width, height);
    }

    /** Draws each image's width and height independently and uniformly from the given ranges, in pixels. */
    public Builder imageSizeRange(int minWidth, int minHeight, int maxWidth, int maxHeight) {
      this.minWidth = minWidth;
      this.minHeight = minHeight;
      this.maxWidth = maxWidth;
      this.maxHeight = maxHeight;
      return this;
    }

    /** Sets how many shapes an image gets, drawn uniformly from the range; default 1 to 4. */
    public Builder shapesPerImage(int min, int max) {
      this.minShapes = min;
      this.maxShapes = max;
      return this;
    }

    /** Sets the shape kinds, which become the class names in this order; default circle, square, triangle. */
    public Builder kinds(ShapeKind... kinds) {
      this.kinds = List.of(kinds);
      return this;
    }

    /**
     * Sets the range of a shape's longer box side, in pixels; at least 8.
     *
     * <p>By default the smallest is an eighth of the shorter image side (at least 16 pixels), so shapes stay
     * visible when a network scales images down, and the largest is two fifths of it.
     */
    public Builder shapeSize(int min, int max) {
      this.minShapeSize = min;
      this.maxShapeSize = max;
      return this;
    }

    /**
     * Sets how much of the smaller of two boxes another box may cover, from 0 (no overlap) to 1; default 0.2.
     */
    public Builder maxOverlap(double maxOverlap) {
      this.maxOverlap = maxOverlap;
      return this;
    }

    /** Sets the share of images in the validation and test splits; the rest is train. Default 0.2 and 0. */
    public Builder splits(double validationFraction, double testFraction) {
      this.validationFraction = validationFraction;
      this.testFraction = testFraction;
      return this;
    }

    /**
     * Checks the settings and creates the dataset.
     *
     * @throws IllegalArgumentException naming the first setting that is out of range
     */
    public SyntheticShapesDataset build() {
      require(imageCount >= 1, "imageCount must be at least 1, got " + imageCount);
      requireSide("minWidth", minWidth);
      requireSide("minHeight", minHeight);
      requireSide("maxWidth", maxWidth);
      requireSide("maxHeight", maxHeight);
      require(minWidth <= maxWidth, "minWidth must be at most maxWidth " + maxWidth + ", got " + minWidth);
      require(minHeight <= maxHeight, "minHeight must be at most maxHeight " + maxHeight + ", got " + minHeight);
      require(minShapes >= 1, "minShapes must be at least 1, got " + minShapes);
      require(minShapes <= maxShapes, "minShapes must be at most maxShapes " + maxShapes + ", got " + minShapes);
      require(!kinds.isEmpty(), "kinds must name at least one shape kind, got none");
      require(kinds.stream().distinct().count() == kinds.size(), "kinds must not repeat a kind, got " + kinds);

      int shortSide = Math.min(minWidth, minHeight);
      int smallest = minShapeSize != null ? minShapeSize : Math.max(16, shortSide / 8);
      int largest = maxShapeSize != null ? maxShapeSize : Math.max(smallest, shortSide * 2 / 5);
      int room = shortSide - 4;
      require(smallest >= SMALLEST_SHAPE, "minShapeSize must be at least " + SMALLEST_SHAPE + " pixels, got " + smallest);
      require(smallest <= largest, "minShapeSize must be at most maxShapeSize " + largest + ", got " + smallest);
      require(largest <= room,
          "maxShapeSize must fit the smallest image side " + shortSide + " less a 2-pixel margin on each side, so at most "
              + room + ", got " + largest);
      require(maxOverlap >= 0 && maxOverlap <= 1, "maxOverlap must be between 0 and 1, got " + maxOverlap);
      require(validationFraction >= 0 && validationFraction <= 1,
          "validationFraction must be between 0 and 1, got " + validationFraction);
      require(testFraction >= 0 && testFraction <= 1, "testFraction must be between 0 and 1, got " + testFraction);
      require(validationFraction + testFraction <= 1,
          "validationFraction + testFraction must be at most 1, got " + (validationFraction + testFraction));

      return new SyntheticShapesDataset(new Settings(
          seed, imageCount, minWidth, maxWidth, minHeight, maxHeight, minShapes, maxShapes, kinds,
          smallest, largest, maxOverlap, validationFraction, testFraction));
    }

    private static void requireSide(String name, int value) {
      require(value >= SMALLEST_IMAGE_SIDE && value <= LARGEST_IMAGE_SIDE,
          name + " must be between " + SMALLEST_IMAGE_SIDE + " and " + LARGEST_IMAGE_SIDE + " pixels, got " + value);
    }

    private static void require(boolean condition, String message) {
      if (!condition) {
        throw new IllegalArgumentException(message);
      }
    }
  }
}
