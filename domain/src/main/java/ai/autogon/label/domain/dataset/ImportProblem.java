package ai.autogon.label.domain.dataset;

import java.util.Objects;

/**
 * One thing an import found wrong and skipped or repaired.
 *
 * @param kind what went wrong
 * @param file the dataset file involved (annotation or image), as given on disk
 * @param detail sentence naming the entry and what was done about it
 */
public record ImportProblem(Kind kind, String file, String detail) {
  /** Category of an import problem. */
  public enum Kind {
    /** An annotation names an image file that does not exist; the entry is skipped. */
    MISSING_IMAGE,
    /** An image exists but its header cannot be read; the image is skipped. */
    UNREADABLE_IMAGE,
    /** An annotation file cannot be parsed; its image is skipped. */
    UNREADABLE_LABEL_FILE,
    /** A label file has no image next to it; the file is skipped. */
    LABEL_WITHOUT_IMAGE,
    /** An image has no label file, so it is unclear whether it is a background image; the image is skipped. */
    IMAGE_WITHOUT_LABEL,
    /** An image appears twice in the dataset; the first entry is kept. */
    DUPLICATE_IMAGE,
    /** The annotation gives an image size that differs from the image file; the file's size is used. */
    SIZE_MISMATCH,
    /** A box has no width or no height; it is skipped. */
    ZERO_AREA_BOX,
    /** A box reaches outside the image by more than the format's tolerance; it is clipped, or skipped when nothing is left. */
    BOX_OUTSIDE_IMAGE,
    /** A box's values are missing, not numbers, rotated or of an unsupported shape; it is skipped. */
    INVALID_BOX,
    /** A box names a class id or label that the dataset does not define; it is skipped. */
    UNKNOWN_CLASS,
    /** A COCO crowd annotation ({@code iscrowd = 1}) marks a group of objects, not one; it is skipped. */
    CROWD_BOX
  }

  public ImportProblem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(detail, "detail");
  }
}
