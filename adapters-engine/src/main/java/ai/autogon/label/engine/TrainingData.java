package ai.autogon.label.engine;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.domain.training.TrainingListener;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Training and validation images of a project, decoded once and kept in memory at the network's scale.
 *
 * <p>Training samples are scaled so their longer side equals the input size; validation samples are letterboxed.
 */
final class TrainingData {
  private static final double VAL_FRACTION = 0.2;

  private final List<Sample> train;
  private final List<Sample> val;

  private TrainingData(List<Sample> train, List<Sample> val) {
    this.train = train;
    this.val = val;
  }

  List<Sample> train() {
    return train;
  }

  List<Sample> val() {
    return val;
  }

  /**
   * Splits the project into train and val images, reads them and scales them.
   *
   * <p>The project's own VAL images are the validation set when it has any; otherwise a seeded fifth of the
   * TRAIN and UNASSIGNED images is. TEST images are never used. An unreadable image is left out with a notice.
   */
  static TrainingData load(Project project, ReadImagePort reader, int size, long seed, TrainingListener listener) {
    List<LabelledImage> pool = new ArrayList<>(project.imagesIn(Split.TRAIN));
    pool.addAll(project.imagesIn(Split.UNASSIGNED));
    List<LabelledImage> valImages = new ArrayList<>(project.imagesIn(Split.VAL));
    List<LabelledImage> trainImages;
    if (valImages.isEmpty()) {
      List<LabelledImage> shuffled = new ArrayList<>(pool);
      Collections.shuffle(shuffled, new Random(seed));
      int valCount = pool.size() < 2 ? 0 : Math.max(1, (int) Math.round(pool.size() * VAL_FRACTION));
      valImages = shuffled.subList(0, valCount);
      trainImages = shuffled.subList(valCount, shuffled.size());
    } else {
      trainImages = pool;
    }
    if (trainImages.stream().noneMatch(image -> !image.boxes().isEmpty())) {
      throw InvalidValueException.of(
          "project_id", project.id().value(), "a project with labelled boxes in its train or unassigned images (project '" + project.name() + "' has none)");
    }

    List<Sample> train = new ArrayList<>();
    for (LabelledImage image : trainImages) {
      RgbImage pixels = read(reader, image, listener);
      if (pixels != null) {
        train.add(scaled(pixels, image, size));
      }
    }
    List<Sample> val = new ArrayList<>();
    for (LabelledImage image : valImages) {
      RgbImage pixels = read(reader, image, listener);
      if (pixels != null) {
        val.add(letterboxed(pixels, image, size));
      }
    }
    if (train.isEmpty()) {
      throw new InvalidValueException("project_id", "none of the training images of project " + project.id() + " could be read");
    }
    return new TrainingData(train, val);
  }

  private static RgbImage read(ReadImagePort reader, LabelledImage image, TrainingListener listener) {
    try {
      return reader.read(image.image());
    } catch (ImageReadException e) {
      listener.onNotice("skipping image " + image.image() + ": " + e.getMessage());
      return null;
    }
  }

  /** Scales an image so that its longer side is {@code size}, with its boxes. */
  static Sample scaled(RgbImage pixels, LabelledImage image, int size) {
    double ratio = (double) size / Math.max(pixels.width(), pixels.height());
    int width = Math.max(1, (int) Math.round(pixels.width() * ratio));
    int height = Math.max(1, (int) Math.round(pixels.height() * ratio));
    double sx = (double) width / pixels.width();
    double sy = (double) height / pixels.height();
    float[] boxes = new float[image.boxes().size() * 4];
    int[] labels = new int[image.boxes().size()];
    for (int i = 0; i < labels.length; i++) {
      LabelledBox box = image.boxes().get(i);
      boxes[i * 4] = (float) (box.box().x() * sx);
      boxes[i * 4 + 1] = (float) (box.box().y() * sy);
      boxes[i * 4 + 2] = (float) (box.box().right() * sx);
      boxes[i * 4 + 3] = (float) (box.box().bottom() * sy);
      labels[i] = box.classIndex();
    }
    return new Sample(ImageOps.resize(pixels, width, height), boxes, labels);
  }

  /** Letterboxes an image into the square input, with its boxes in input pixels. */
  static Sample letterboxed(RgbImage pixels, LabelledImage image, int size) {
    Letterbox letterbox = Letterbox.of(pixels.width(), pixels.height(), size);
    float[] boxes = new float[image.boxes().size() * 4];
    int[] labels = new int[image.boxes().size()];
    for (int i = 0; i < labels.length; i++) {
      LabelledBox box = image.boxes().get(i);
      System.arraycopy(letterbox.toInput(box.box()), 0, boxes, i * 4, 4);
      labels[i] = box.classIndex();
    }
    return new Sample(letterbox.apply(pixels), boxes, labels);
  }
}
