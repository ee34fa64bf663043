package ai.autogon.label.application;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.training.TrainingOptions;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Settings of a demo run.
 *
 * @param outputDirectory directory for the generated images, the predictions JSON and the drawn pictures
 * @param modelName name to save the demo model under
 * @param modelType network size
 * @param labelledImages generated images to train and validate on (split 80/20)
 * @param freshImages newly generated images to predict on
 * @param options training settings
 * @param seed seed of the generated data
 */
public record DemoCommand(
    Path outputDirectory,
    ModelName modelName,
    ModelType modelType,
    int labelledImages,
    int freshImages,
    TrainingOptions options,
    long seed) {

  public DemoCommand {
    Objects.requireNonNull(outputDirectory, "outputDirectory");
    Objects.requireNonNull(modelName, "modelName");
    Objects.requireNonNull(modelType, "modelType");
    if (labelledImages < 10) {
      throw InvalidValueException.of("images", labelledImages, "at least 10");
    }
    if (freshImages < 1) {
      throw InvalidValueException.of("fresh_images", freshImages, "at least 1");
    }
    Objects.requireNonNull(options, "options");
  }
}
