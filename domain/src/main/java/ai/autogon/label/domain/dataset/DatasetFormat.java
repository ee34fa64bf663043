package ai.autogon.label.domain.dataset;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.Locale;

/** Annotation format of a dataset on disk. */
public enum DatasetFormat {
  /** Pascal VOC: one XML file per image in {@code Annotations/}, images in {@code JPEGImages/}. */
  PASCAL_VOC("voc"),
  /** COCO object detection JSON: {@code images}, {@code annotations} and {@code categories}. */
  COCO("coco"),
  /** YOLO (Darknet and Ultralytics): one text file of normalised boxes per image and a class name list. */
  YOLO("yolo"),
  /** Label Studio JSON export of rectangle labels. */
  LABEL_STUDIO("labelstudio"),
  /** CVAT for images 1.1 XML. */
  CVAT("cvat");

  private final String wireName;

  DatasetFormat(String wireName) {
    this.wireName = wireName;
  }

  /** Returns the lower-case name used in the CLI and in files. */
  public String wireName() {
    return wireName;
  }

  /** Parses a format from its wire name, ignoring case and surrounding spaces. */
  public static DatasetFormat parse(String text) {
    if (text != null) {
      // "label-studio" and "label_studio" are accepted too, since people write the product name both ways.
      String normalized = text.trim().toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
      for (DatasetFormat format : values()) {
        if (format.wireName.equals(normalized)) {
          return format;
        }
      }
    }
    throw InvalidValueException.of("format", text, "one of 'voc', 'coco', 'yolo', 'labelstudio', 'cvat'");
  }
}
