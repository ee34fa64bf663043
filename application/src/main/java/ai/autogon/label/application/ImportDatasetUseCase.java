package ai.autogon.label.application;

/** Imports a labelled dataset from disk into a project. */
public interface ImportDatasetUseCase {
  /**
   * Reads the dataset, merges its classes and images into the project and saves the project with the import report.
   *
   * @throws ai.autogon.label.domain.error.NotFoundException when the project does not exist
   * @throws ai.autogon.label.domain.error.InvalidValueException when the dataset is missing, of the wrong format or has no usable image
   */
  ImportDatasetResult importDataset(ImportDatasetCommand command);
}
