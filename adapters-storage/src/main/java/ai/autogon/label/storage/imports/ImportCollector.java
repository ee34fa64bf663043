package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Split;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the images and boxes that parsers read, checks each one and counts what it repairs or skips.
 *
 * <p>Every box goes through the same checks in this order: values must be finite numbers, a box without width
 * or height is skipped, a box reaching outside the image is clipped to it (and skipped when nothing is left),
 * and a second box of the same class and coordinates on the same image is dropped as a duplicate.
 */
final class ImportCollector {
  private final ReadImagePort imageReader;
  private final DatasetFormat format;
  private final Path root;
  private final double pixelTolerance;
  private final double relativeTolerance;

  private List<String> declaredClasses;
  private final Map<String, Integer> classIndex = new LinkedHashMap<>();
  private final Map<URI, Pending> images = new LinkedHashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private int duplicatesRemoved;
  private int zeroAreaSkipped;
  private int clipped;

  private record Pending(ImageReference image, ImageSize size, Split split, List<LabelledBox> boxes) {}

  /**
   * Creates a collector for one import.
   *
   * @param root dataset directory; problem reports name files relative to it
   * @param pixelTolerance how far in pixels a box may reach outside the image before clipping it is reported
   * @param relativeTolerance the same as a fraction of the image side, for formats with normalised coordinates
   */
  ImportCollector(ReadImagePort imageReader, DatasetFormat format, Path root, double pixelTolerance, double relativeTolerance) {
    this.imageReader = imageReader;
    this.format = format;
    this.root = root.toAbsolutePath().normalize();
    this.pixelTolerance = pixelTolerance;
    this.relativeTolerance = relativeTolerance;
  }

  /**
   * Declares class names the dataset defines, in its order; once any are declared, boxes of other names are unknown.
   *
   * <p>A dataset of several files may declare more names with each file; names seen before keep their place.
   */
  void declareClasses(List<String> names) {
    List<String> declared = declaredClasses == null ? new ArrayList<>() : new ArrayList<>(declaredClasses);
    for (String name : names) {
      String trimmed = name.trim();
      if (!declared.contains(trimmed)) {
        declared.add(trimmed);
        classIndex.putIfAbsent(trimmed, classIndex.size());
      }
    }
    declaredClasses = List.copyOf(declared);
  }

  /** Returns whether the dataset declared a class of this name. */
  boolean isDeclared(String name) {
    return declaredClasses == null || classIndex.containsKey(name);
  }

  void problem(Kind kind, Path file, String detail) {
    // NOTE: every problem is kept and later stored in project.json, so a dataset with thousands of bad entries
    // makes a large report; no cap is applied yet.
    problems.add(new ImportProblem(kind, display(file), detail));
  }

  /**
   * Reads the image's size and compares it with the size the annotation gives.
   *
   * @param missingKind the problem to report when the image file does not exist
   * @return the size of the image file, or empty when the image is missing or unreadable (a problem is recorded)
   */
  Optional<ImageSize> checkImage(Path imageFile, Path labelFile, Optional<ImageSize> declared, Kind missingKind) {
    if (!Files.isRegularFile(imageFile)) {
      problem(missingKind, labelFile, "image " + display(imageFile) + " does not exist; its labels are skipped");
      return Optional.empty();
    }
    ImageSize actual;
    try {
      actual = imageReader.readSize(ImageReference.of(imageFile));
    } catch (ImageReadException e) {
      problem(Kind.UNREADABLE_IMAGE, imageFile, e.getMessage() + "; the image is skipped");
      return Optional.empty();
    }
    if (declared.isPresent() && !declared.get().equals(actual)) {
      problem(Kind.SIZE_MISMATCH, labelFile,
          "the annotation gives " + describe(declared.get()) + " but " + display(imageFile) + " is " + describe(actual)
              + "; the image file's size is used");
    }
    return Optional.of(actual);
  }

  /** Adds an image with its boxes, checking each box; an empty list makes it a background image. */
  void addImage(Path imageFile, ImageSize size, Split split, List<RawBox> boxes, Path labelFile) {
    ImageReference image = ImageReference.of(imageFile);
    if (images.containsKey(image.uri())) {
      problem(Kind.DUPLICATE_IMAGE, labelFile, "image " + display(imageFile) + " appears more than once; the first entry is kept");
      return;
    }
    List<LabelledBox> kept = new ArrayList<>();
    Set<List<Object>> seen = new HashSet<>();
    for (RawBox raw : boxes) {
      Optional<LabelledBox> box = check(raw, size, labelFile);
      if (box.isEmpty()) {
        continue;
      }
      BoundingBox b = box.get().box();
      if (!seen.add(List.of(box.get().classIndex(), b.x(), b.y(), b.width(), b.height()))) {
        duplicatesRemoved++;
        continue;
      }
      kept.add(box.get());
    }
    images.put(image.uri(), new Pending(image, size, split, kept));
  }

  /** Counts a box skipped because the annotation file gives it no width or no height. */
  void zeroArea(Path labelFile, String detail) {
    zeroAreaSkipped++;
    problem(Kind.ZERO_AREA_BOX, labelFile, detail);
  }

  boolean isEmpty() {
    return images.isEmpty();
  }

  List<ImportProblem> problems() {
    return problems;
  }

  /** Builds the dataset with classes in their final order: declared order, else most boxes first. */
  ParsedDataset build(String source, Instant importedAt) {
    List<String> order = classOrder();
    Map<Integer, Integer> remap = new java.util.HashMap<>();
    List<String> working = new ArrayList<>(classIndex.keySet());
    for (int i = 0; i < working.size(); i++) {
      remap.put(i, order.indexOf(working.get(i)));
    }

    List<LabelledImage> result = new ArrayList<>();
    int[] boxCounts = new int[order.size()];
    int background = 0;
    Map<Split, Integer> splitSizes = new EnumMap<>(Split.class);
    for (Pending pending : images.values()) {
      List<LabelledBox> boxes = new ArrayList<>();
      for (LabelledBox box : pending.boxes()) {
        int index = remap.get(box.classIndex());
        boxes.add(new LabelledBox(index, box.box(), box.difficult()));
        boxCounts[index]++;
      }
      if (boxes.isEmpty()) {
        background++;
      }
      splitSizes.merge(pending.split(), 1, Integer::sum);
      result.add(new LabelledImage(pending.image(), pending.size().width(), pending.size().height(), boxes, pending.split()));
    }

    Map<String, Integer> boxesPerClass = new LinkedHashMap<>();
    for (int i = 0; i < order.size(); i++) {
      boxesPerClass.put(order.get(i), boxCounts[i]);
    }
    ImportReport report = new ImportReport(
        format, source, importedAt, result.size(), boxesPerClass, background, duplicatesRemoved, zeroAreaSkipped, clipped,
        splitSizes, problems);
    return new ParsedDataset(order, result, report);
  }

  private Optional<LabelledBox> check(RawBox raw, ImageSize size, Path labelFile) {
    String where = raw.description();
    String name = raw.className() == null ? "" : raw.className().trim();
    if (name.isEmpty()) {
      problem(Kind.INVALID_BOX, labelFile, where + " has no class name; the box is skipped");
      return Optional.empty();
    }
    if (!isDeclared(name)) {
      problem(Kind.UNKNOWN_CLASS, labelFile, where + " has class '" + name + "', which the dataset does not define; the box is skipped");
      return Optional.empty();
    }
    if (!(Double.isFinite(raw.x1()) && Double.isFinite(raw.y1()) && Double.isFinite(raw.x2()) && Double.isFinite(raw.y2()))) {
      problem(Kind.INVALID_BOX, labelFile, where + " (" + name + ") has a coordinate that is not a finite number; the box is skipped");
      return Optional.empty();
    }
    if (raw.x2() <= raw.x1() || raw.y2() <= raw.y1()) {
      zeroArea(labelFile, where + " (" + name + ") has no area: " + corners(raw) + "; the box is skipped");
      return Optional.empty();
    }

    BoundingBox box = BoundingBox.fromCorners(raw.x1(), raw.y1(), raw.x2(), raw.y2());
    double overshootX = Math.max(-raw.x1(), raw.x2() - size.width());
    double overshootY = Math.max(-raw.y1(), raw.y2() - size.height());
    if (overshootX > 0 || overshootY > 0) {
      BoundingBox inside = box.clipTo(size.width(), size.height());
      if (inside.width() <= 0 || inside.height() <= 0) {
        problem(Kind.BOX_OUTSIDE_IMAGE, labelFile,
            where + " (" + name + ") lies outside the " + describe(size) + " image: " + corners(raw) + "; the box is skipped");
        return Optional.empty();
      }
      clipped++;
      if (overshootX > pixelTolerance + relativeTolerance * size.width()
          || overshootY > pixelTolerance + relativeTolerance * size.height()) {
        problem(Kind.BOX_OUTSIDE_IMAGE, labelFile,
            where + " (" + name + ") reaches outside the " + describe(size) + " image: " + corners(raw) + "; the box is clipped");
      }
      box = inside;
    }
    int index = classIndex.computeIfAbsent(name, key -> classIndex.size());
    return Optional.of(new LabelledBox(index, box, raw.difficult()));
  }

  private List<String> classOrder() {
    if (declaredClasses != null) {
      return declaredClasses;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    classIndex.keySet().forEach(name -> counts.put(name, 0));
    List<String> working = new ArrayList<>(classIndex.keySet());
    for (Pending pending : images.values()) {
      for (LabelledBox box : pending.boxes()) {
        counts.merge(working.get(box.classIndex()), 1, Integer::sum);
      }
    }
    List<String> order = new ArrayList<>(counts.keySet());
    // A stable sort keeps first-appearance order among classes with equal counts.
    order.sort(Comparator.comparing((String name) -> counts.get(name)).reversed());
    return order;
  }

  /** Returns a file's path relative to the dataset directory when it lies inside, else the absolute path. */
  String display(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    return absolute.startsWith(root) && !absolute.equals(root) ? root.relativize(absolute).toString() : absolute.toString();
  }

  private static String corners(RawBox raw) {
    return String.format(Locale.ROOT, "x1=%s y1=%s x2=%s y2=%s", number(raw.x1()), number(raw.y1()), number(raw.x2()), number(raw.y2()));
  }

  /** Formats a coordinate for a message, rounded to 6 decimals so float noise such as 110.00000000000001 reads 110. */
  static String number(double value) {
    return java.math.BigDecimal.valueOf(value).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }

  private static String describe(ImageSize size) {
    return size.width() + "x" + size.height();
  }
}
