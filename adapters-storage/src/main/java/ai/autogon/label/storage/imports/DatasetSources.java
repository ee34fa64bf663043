package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.error.InvalidValueException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.xml.sax.SAXException;

/** Detects a dataset's format and finds the files each format reads. */
final class DatasetSources {
  private static final String EXPECTED =
      "expected a directory with Annotations/ (Pascal VOC), data.yaml or classes.txt (YOLO) or annotations.xml (CVAT),"
          + " or a COCO or Label Studio .json file; pass the format (voc, coco, yolo, labelstudio, cvat) explicitly";

  private DatasetSources() {}

  /** Detects the format of a dataset file or directory from its layout and content. */
  static DatasetFormat detect(Path source) throws IOException {
    if (Files.isDirectory(source)) {
      if (VocParser.looksLike(source)) {
        return DatasetFormat.PASCAL_VOC;
      }
      if (YoloParser.looksLike(source)) {
        return DatasetFormat.YOLO;
      }
      if (Files.isRegularFile(source.resolve("annotations.xml"))) {
        return DatasetFormat.CVAT;
      }
      for (Path json : jsonFiles(source)) {
        Object content = JsonDocuments.peek(json);
        if (CocoParser.looksLike(content)) {
          return DatasetFormat.COCO;
        }
        if (LabelStudioParser.looksLike(content)) {
          return DatasetFormat.LABEL_STUDIO;
        }
      }
      throw new InvalidValueException("path", "failed to detect the dataset format of " + source + ": " + EXPECTED);
    }
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".json")) {
      Object content = JsonDocuments.peek(source);
      if (CocoParser.looksLike(content)) {
        return DatasetFormat.COCO;
      }
      if (LabelStudioParser.looksLike(content)) {
        return DatasetFormat.LABEL_STUDIO;
      }
    } else if (name.endsWith(".xml") && rootElement(source).equals("annotations")) {
      return DatasetFormat.CVAT;
    } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
      return DatasetFormat.YOLO;
    }
    throw new InvalidValueException("path", "failed to detect the dataset format of " + source + ": " + EXPECTED);
  }

  /** Returns the COCO files to read: the file itself, or every COCO file in the directory and its annotations/. */
  static List<Path> cocoFiles(Path source) throws IOException {
    if (!Files.isDirectory(source)) {
      return List.of(source);
    }
    List<Path> files = new ArrayList<>();
    for (Path json : jsonFiles(source)) {
      if (CocoParser.looksLike(JsonDocuments.peek(json))) {
        files.add(json);
      }
    }
    if (files.isEmpty()) {
      throw new InvalidValueException("path", source + " has no COCO .json file, in itself or in annotations/");
    }
    return files;
  }

  /** Returns the Label Studio export to read: the file itself, or the only export in the directory. */
  static Path labelStudioFile(Path source) throws IOException {
    if (!Files.isDirectory(source)) {
      return source;
    }
    List<Path> exports = new ArrayList<>();
    for (Path json : jsonFiles(source)) {
      if (LabelStudioParser.looksLike(JsonDocuments.peek(json))) {
        exports.add(json);
      }
    }
    if (exports.size() != 1) {
      throw new InvalidValueException("path",
          source + " has " + exports.size() + " Label Studio exports; pass the .json file to import");
    }
    return exports.get(0);
  }

  /** Returns the CVAT file to read: the file itself, or annotations.xml in the directory. */
  static Path cvatFile(Path source) {
    Path file = Files.isDirectory(source) ? source.resolve("annotations.xml") : source;
    if (!Files.isRegularFile(file)) {
      throw new InvalidValueException("path", source + " is not a CVAT export: it has no annotations.xml");
    }
    return file;
  }

  /** Returns the directory of a VOC or YOLO dataset: the directory itself, or the directory of data.yaml. */
  static Path directoryOf(Path source, DatasetFormat format) {
    if (Files.isDirectory(source)) {
      return source;
    }
    String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
    if (format == DatasetFormat.YOLO && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
      return source.getParent();
    }
    throw new InvalidValueException("path",
        source + " is a file, but a " + format.wireName() + " dataset is imported from its directory");
  }

  private static List<Path> jsonFiles(Path directory) throws IOException {
    List<Path> files = new ArrayList<>(VocParser.sortedFiles(directory, ".json"));
    files.addAll(VocParser.sortedFiles(directory.resolve("annotations"), ".json"));
    return files;
  }

  private static String rootElement(Path file) throws IOException {
    try {
      return SafeXml.parse(file).getDocumentElement().getTagName();
    } catch (SAXException e) {
      throw new InvalidValueException("path", file + " is not well-formed XML: " + e.getMessage());
    }
  }
}
