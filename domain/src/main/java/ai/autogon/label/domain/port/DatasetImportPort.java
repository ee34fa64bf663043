package ai.autogon.label.domain.port;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ParsedDataset;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a labelled dataset from disk without changing any of its files. */
public interface DatasetImportPort {
  /**
   * Parses the dataset at {@code source}, detecting its format when {@code format} is empty.
   *
   * <p>Bad entries are skipped and listed in the report; they never stop the import.
   *
   * @throws ai.autogon.label.domain.error.InvalidValueException when the path does not exist, the format cannot be
   *     detected or does not match, or no image is usable
   */
  ParsedDataset parse(Path source, Optional<DatasetFormat> format);
}
