package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.project.Split;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;

/**
 * Reads a Pascal VOC dataset: {@code Annotations/*.xml}, images in {@code JPEGImages/}, splits in
 * {@code ImageSets/Main/{train,val,test}.txt}.
 *
 * <p>VOC corners are 1-based and inclusive: {@code xmin = 1, xmax = 640} covers the 640 pixel columns of the
 * image. They become 0-based edges with {@code x = xmin - 1} and {@code width = xmax - xmin + 1}, and the same for y.
 * A box whose {@code xmax} is not above {@code xmin} (or {@code ymax} not above {@code ymin}) has no extent in the
 * file and is skipped as zero-area, since annotation tools write such boxes for a stray click. Class names come
 * from {@code classes.txt} or {@code labels.txt} in the dataset directory when present, otherwise most boxes first.
 * An absent {@code difficult} means false, and an absent {@code size} is read from the image.
 */
final class VocParser {
  private static final List<String> SPLIT_FILES = List.of("train", "val", "test");

  private final ImportCollector collector;

  VocParser(ImportCollector collector) {
    this.collector = collector;
  }

  static boolean looksLike(Path directory) {
    return Files.isDirectory(directory.resolve("Annotations"));
  }

  void parse(Path root) throws IOException {
    Path annotations = root.resolve("Annotations");
    if (!Files.isDirectory(annotations)) {
      throw new InvalidValueException("path", root + " is not a Pascal VOC dataset: it has no Annotations directory");
    }
    Path imageDirectory = root.resolve("JPEGImages");
    ClassListFile.find(root).ifPresent(file -> collector.declareClasses(ClassListFile.read(file)));
    Map<String, Split> splits = readSplits(root);

    Set<Path> labelled = new HashSet<>();
    for (Path file : sortedFiles(annotations, ".xml")) {
      parseAnnotation(file, imageDirectory, splits, labelled);
    }
    reportUnlabelledImages(imageDirectory, labelled);
  }

  /** Reads one annotation file and adds the image it names to {@code labelled}, even when the image is then skipped. */
  private void parseAnnotation(Path file, Path imageDirectory, Map<String, Split> splits, Set<Path> labelled) {
    Element annotation;
    try {
      annotation = SafeXml.parse(file).getDocumentElement();
    } catch (SAXException e) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "not well-formed XML (" + e.getMessage() + "); the image is skipped");
      return;
    } catch (IOException e) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "failed to read the file (" + e.getMessage() + "); the image is skipped");
      return;
    }
    if (!annotation.getTagName().equals("annotation")) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file,
          "the root element is <" + annotation.getTagName() + ">, not <annotation>; the file is skipped");
      return;
    }

    String stem = ImageFiles.stem(file);
    Path image = SafeXml.childText(annotation, "filename")
        .map(name -> imageDirectory.resolve(name).normalize())
        .filter(Files::isRegularFile)
        .or(() -> ImageFiles.findByStem(imageDirectory, stem))
        .orElse(imageDirectory.resolve(SafeXml.childText(annotation, "filename").orElse(stem + ".jpg")));
    labelled.add(image.toAbsolutePath().normalize());
    Optional<ImageSize> size = collector.checkImage(image, file, declaredSize(annotation), Kind.LABEL_WITHOUT_IMAGE);
    if (size.isEmpty()) {
      return;
    }

    List<RawBox> boxes = new ArrayList<>();
    List<Element> objects = SafeXml.children(annotation, "object");
    for (int i = 0; i < objects.size(); i++) {
      readObject(objects.get(i), "object " + (i + 1), file).ifPresent(boxes::add);
    }
    Split split = splits.getOrDefault(ImageFiles.stem(image), splits.getOrDefault(stem, Split.UNASSIGNED));
    collector.addImage(image, size.get(), split, boxes, file);
  }

  private Optional<RawBox> readObject(Element object, String where, Path file) {
    String name = SafeXml.childText(object, "name").orElse("");
    boolean difficult = SafeXml.childText(object, "difficult").map(text -> text.equals("1") || text.equalsIgnoreCase("true")).orElse(false);
    Optional<Element> bounds = SafeXml.child(object, "bndbox");
    if (bounds.isEmpty()) {
      collector.problem(Kind.INVALID_BOX, file, where + " (" + name + ") has no <bndbox>; the box is skipped");
      return Optional.empty();
    }
    double xmin = number(bounds.get(), "xmin");
    double ymin = number(bounds.get(), "ymin");
    double xmax = number(bounds.get(), "xmax");
    double ymax = number(bounds.get(), "ymax");
    if (Double.isFinite(xmin) && Double.isFinite(ymin) && Double.isFinite(xmax) && Double.isFinite(ymax)
        && (xmax <= xmin || ymax <= ymin) && collector.isDeclared(name.trim())) {
      collector.zeroArea(file, where + " (" + name + ") has no area: xmin=" + ImportCollector.number(xmin) + " ymin="
          + ImportCollector.number(ymin) + " xmax=" + ImportCollector.number(xmax) + " ymax=" + ImportCollector.number(ymax)
          + "; the box is skipped");
      return Optional.empty();
    }
    return Optional.of(new RawBox(name, xmin - 1, ymin - 1, xmax, ymax, difficult, where));
  }

  private static double number(Element bounds, String name) {
    try {
      return SafeXml.childText(bounds, name).map(Double::parseDouble).orElse(Double.NaN);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static Optional<ImageSize> declaredSize(Element annotation) {
    Optional<Element> size = SafeXml.child(annotation, "size");
    if (size.isEmpty()) {
      return Optional.empty();
    }
    try {
      int width = (int) Double.parseDouble(SafeXml.childText(size.get(), "width").orElse("0"));
      int height = (int) Double.parseDouble(SafeXml.childText(size.get(), "height").orElse("0"));
      return width > 0 && height > 0 ? Optional.of(new ImageSize(width, height)) : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static Map<String, Split> readSplits(Path root) throws IOException {
    Map<String, Split> splits = new HashMap<>();
    Path main = root.resolve("ImageSets").resolve("Main");
    for (String name : SPLIT_FILES) {
      Path file = main.resolve(name + ".txt");
      if (!Files.isRegularFile(file)) {
        continue;
      }
      Split split = SplitNames.of(name).orElseThrow();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String id = line.trim().split("\\s+")[0];
        if (!id.isEmpty()) {
          splits.putIfAbsent(id, split);
        }
      }
    }
    return splits;
  }

  private void reportUnlabelledImages(Path imageDirectory, Set<Path> labelled) throws IOException {
    for (Path image : sortedFiles(imageDirectory, null)) {
      if (ImageFiles.isImage(image) && !labelled.contains(image.toAbsolutePath().normalize())) {
        collector.problem(Kind.IMAGE_WITHOUT_LABEL, image, "no annotation file names this image; the image is skipped");
      }
    }
  }

  /** Lists the regular files of a directory with a given extension (any when null), sorted by name. */
  static List<Path> sortedFiles(Path directory, String extension) throws IOException {
    if (!Files.isDirectory(directory)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(directory)) {
      return entries
          .filter(Files::isRegularFile)
          .filter(path -> extension == null || path.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(extension))
          .sorted()
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
