package ai.autogon.label.domain.port;

import ai.autogon.label.domain.project.SampleDataset;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;

/** Generates synthetic labelled images: shapes of a few classes on textured backgrounds. */
public interface GenerateSampleDatasetPort {
  /**
   * Writes {@code count} generated images into {@code directory} and returns them with their boxes.
   *
   * @param split split every generated image belongs to
   * @param seed the same seed generates the same images
   */
  SampleDataset generateSampleDataset(Path directory, int count, Split split, long seed);
}
