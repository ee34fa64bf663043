package ai.autogon.label.domain.training;

import ai.autogon.label.domain.error.InvalidValueException;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Training settings beyond the wire contract; an empty value lets the backend choose.
 *
 * <p>A remote backend ignores them all except {@code overwrite}, which the service decides itself.
 *
 * @param epochs number of passes over the training images
 * @param batchSize images per optimisation step
 * @param imageSize side of the square network input, in pixels, a multiple of 32
 * @param patience epochs without improvement of val mAP50-95 before training stops early
 * @param seed random seed; the same seed gives the same model on CPU
 * @param resume whether to continue an interrupted run of the same model name from its last completed epoch
 * @param overwrite whether saving may replace an existing model of the same name
 */
public record TrainingOptions(
    OptionalInt epochs,
    OptionalInt batchSize,
    OptionalInt imageSize,
    OptionalInt patience,
    OptionalLong seed,
    boolean resume,
    boolean overwrite) {

  public TrainingOptions {
    requirePositive("epochs", epochs);
    requirePositive("batch", batchSize);
    requirePositive("patience", patience);
    if (imageSize.isPresent() && (imageSize.getAsInt() < 32 || imageSize.getAsInt() % 32 != 0)) {
      throw InvalidValueException.of("image_size", imageSize.getAsInt(), "a multiple of 32, at least 32");
    }
  }

  /** Returns options that leave every choice to the backend. */
  public static TrainingOptions defaults() {
    return new TrainingOptions(
        OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalLong.empty(), false, false);
  }

  public TrainingOptions withEpochs(int value) {
    return new TrainingOptions(OptionalInt.of(value), batchSize, imageSize, patience, seed, resume, overwrite);
  }

  public TrainingOptions withBatchSize(int value) {
    return new TrainingOptions(epochs, OptionalInt.of(value), imageSize, patience, seed, resume, overwrite);
  }

  public TrainingOptions withImageSize(int value) {
    return new TrainingOptions(epochs, batchSize, OptionalInt.of(value), patience, seed, resume, overwrite);
  }

  public TrainingOptions withPatience(int value) {
    return new TrainingOptions(epochs, batchSize, imageSize, OptionalInt.of(value), seed, resume, overwrite);
  }

  public TrainingOptions withSeed(long value) {
    return new TrainingOptions(epochs, batchSize, imageSize, patience, OptionalLong.of(value), resume, overwrite);
  }

  public TrainingOptions withResume(boolean value) {
    return new TrainingOptions(epochs, batchSize, imageSize, patience, seed, value, overwrite);
  }

  public TrainingOptions withOverwrite(boolean value) {
    return new TrainingOptions(epochs, batchSize, imageSize, patience, seed, resume, value);
  }

  private static void requirePositive(String field, OptionalInt value) {
    if (value.isPresent() && value.getAsInt() < 1) {
      throw InvalidValueException.of(field, value.getAsInt(), "at least 1");
    }
  }
}
