package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageSize;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Reads a YOLO dataset: one text file per image with lines {@code class x_center y_center width height},
 * coordinates normalised to the image size.
 *
 * <p>Class names come from {@code names:} in {@code data.yaml} (or {@code dataset.yaml}), else from
 * {@code classes.txt} or {@code obj.names}. Images are found anywhere below the dataset directory; the label file
 * of {@code .../images/x/a.jpg} is {@code .../labels/x/a.txt}, else {@code a.txt} next to the image. A directory named
 * train, val, valid or test on the way gives the split. An empty label file makes a background image; an image
 * without a label file is reported and skipped. The {@code path:} and {@code train:} keys of data.yaml are not read.
 */
final class YoloParser {
  private static final int MAX_DEPTH = 6;
  private static final Set<String> NOT_LABELS = Set.of(
      "classes.txt", "labels.txt", "obj.names", "train.txt", "val.txt", "valid.txt", "test.txt", "readme.txt", "license.txt");

  private final ImportCollector collector;

  YoloParser(ImportCollector collector) {
    this.collector = collector;
  }

  static boolean looksLike(Path directory) {
    return Files.isRegularFile(directory.resolve("data.yaml")) || Files.isRegularFile(directory.resolve("dataset.yaml"))
        || Files.isRegularFile(directory.resolve("classes.txt")) || Files.isRegularFile(directory.resolve("obj.names"));
  }

  void parse(Path root) throws IOException {
    List<String> names = classNames(root);
    collector.declareClasses(names);

    List<Path> images = new ArrayList<>();
    List<Path> labelFiles = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root, MAX_DEPTH)) {
      files.filter(Files::isRegularFile).sorted().forEach(file -> {
        if (ImageFiles.isImage(file)) {
          images.add(file);
        } else if (isLabelFile(file)) {
          labelFiles.add(file.toAbsolutePath().normalize());
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }

    Set<Path> used = new HashSet<>();
    for (Path image : images) {
      Optional<Path> label = labelFileOf(image);
      if (label.isEmpty()) {
        collector.problem(Kind.IMAGE_WITHOUT_LABEL, image, "no label file found for this image; the image is skipped");
        continue;
      }
      used.add(label.get().toAbsolutePath().normalize());
      Optional<ImageSize> size = collector.checkImage(image, label.get(), Optional.empty(), Kind.MISSING_IMAGE);
      if (size.isPresent()) {
        readLabels(label.get(), names, size.get())
            .ifPresent(boxes -> collector.addImage(image, size.get(), SplitNames.fromPath(root, image), boxes, label.get()));
      }
    }
    for (Path label : labelFiles) {
      if (!used.contains(label)) {
        collector.problem(Kind.LABEL_WITHOUT_IMAGE, label, "no image with the same name was found; the file is skipped");
      }
    }
  }

  private Optional<List<RawBox>> readLabels(Path file, List<String> names, ImageSize size) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (CharacterCodingException e) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "the file is not UTF-8 text; the image is skipped");
      return Optional.empty();
    } catch (IOException e) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "failed to read the file (" + e.getMessage() + "); the image is skipped");
      return Optional.empty();
    }
    List<RawBox> boxes = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).trim();
      if (!line.isEmpty()) {
        readLine(line, "line " + (i + 1), names, size, file).ifPresent(boxes::add);
      }
    }
    return Optional.of(boxes);
  }

  private Optional<RawBox> readLine(String line, String where, List<String> names, ImageSize size, Path file) {
    String[] values = line.split("\\s+");
    if (values.length != 5) {
      collector.problem(Kind.INVALID_BOX, file,
          where + " has " + values.length + " values, expected 5 (class x_center y_center width height); the line is skipped");
      return Optional.empty();
    }
    int classId;
    double[] numbers = new double[4];
    try {
      classId = Integer.parseInt(values[0]);
      for (int i = 0; i < 4; i++) {
        numbers[i] = Double.parseDouble(values[i + 1]);
      }
    } catch (NumberFormatException e) {
      collector.problem(Kind.INVALID_BOX, file, where + " '" + line + "' is not a class id and four numbers; the line is skipped");
      return Optional.empty();
    }
    if (classId < 0 || classId >= names.size()) {
      collector.problem(Kind.UNKNOWN_CLASS, file,
          where + " has class id " + classId + ", but the " + names.size() + " class names cover ids 0 to " + (names.size() - 1)
              + "; the box is skipped");
      return Optional.empty();
    }
    double halfWidth = numbers[2] / 2;
    double halfHeight = numbers[3] / 2;
    return Optional.of(new RawBox(
        names.get(classId),
        (numbers[0] - halfWidth) * size.width(),
        (numbers[1] - halfHeight) * size.height(),
        (numbers[0] + halfWidth) * size.width(),
        (numbers[1] + halfHeight) * size.height(),
        false,
        where));
  }

  private static List<String> classNames(Path root) throws IOException {
    for (String yaml : List.of("data.yaml", "dataset.yaml")) {
      Path file = root.resolve(yaml);
      if (Files.isRegularFile(file)) {
        Optional<List<String>> names = YamlNames.parse(Files.readAllLines(file, StandardCharsets.UTF_8));
        if (names.isPresent() && !names.get().isEmpty()) {
          return names.get();
        }
        throw new InvalidValueException("path", file + " has no class names; add 'names: [name0, name1, ...]'");
      }
    }
    return ClassListFile.find(root)
        .map(ClassListFile::read)
        .orElseThrow(() -> new InvalidValueException("path",
            root + " is not a YOLO dataset: it has no data.yaml, classes.txt or obj.names with the class names"));
  }

  private static Optional<Path> labelFileOf(Path image) {
    String labelName = ImageFiles.stem(image) + ".txt";
    Path directory = image.toAbsolutePath().normalize().getParent();
    int count = directory.getNameCount();
    for (int i = count - 1; i >= 0; i--) {
      if (directory.getName(i).toString().equals("images")) {
        Path prefix = i == 0 ? directory.getRoot() : directory.getRoot().resolve(directory.subpath(0, i));
        Path below = i + 1 < count ? directory.subpath(i + 1, count) : Path.of("");
        Path candidate = prefix.resolve("labels").resolve(below).resolve(labelName);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
        break;
      }
    }
    Path beside = directory.resolve(labelName);
    return Files.isRegularFile(beside) ? Optional.of(beside) : Optional.empty();
  }

  private static boolean isLabelFile(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".txt") && !NOT_LABELS.contains(name);
  }
}
