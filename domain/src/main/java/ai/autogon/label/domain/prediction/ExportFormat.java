package ai.autogon.label.domain.prediction;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.Locale;

/** File format that predicted annotations are exported in, for import into a labelling tool. */
public enum ExportFormat {
  /** The wire contract's predict {@code data} array in one JSON file; failed images keep their error. */
  JSON("json", false),
  /** One COCO object detection JSON file with images, categories and scored annotations. */
  COCO("coco", false),
  /** A directory with one YOLO label file per image and {@code classes.txt}. */
  YOLO("yolo", true),
  /** A directory with one Pascal VOC XML file per image. */
  PASCAL_VOC("voc", true),
  /** One Label Studio JSON task list whose tasks carry the boxes as predictions. */
  LABEL_STUDIO("labelstudio", false);

  private final String wireName;
  private final boolean directory;

  ExportFormat(String wireName, boolean directory) {
    this.wireName = wireName;
    this.directory = directory;
  }

  /** Returns the lower-case name used in the CLI. */
  public String wireName() {
    return wireName;
  }

  /** Returns whether the output is a directory of files rather than one file. */
  public boolean writesDirectory() {
    return directory;
  }

  /** Parses a format from its wire name, ignoring case, surrounding spaces, hyphens and underscores. */
  public static ExportFormat parse(String text) {
    if (text != null) {
      String normalized = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
      for (ExportFormat format : values()) {
        if (format.wireName.equals(normalized)) {
          return format;
        }
      }
    }
    throw InvalidValueException.of("format", text, "one of 'json', 'coco', 'yolo', 'voc', 'labelstudio'");
  }
}
