package ai.autogon.label.engine.demo;

import ai.autogon.label.domain.port.GenerateSampleDatasetPort;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.SampleDataset;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.engine.synthetic.SyntheticProject;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import java.nio.file.Path;
import java.util.List;

/**
 * Generates the demo's sample data: one or two circles, squares or triangles of 32 to 64 pixels on textured
 * 128x128 backgrounds, the recipe that the engine's learning test shows a small model learns in minutes.
 */
public final class SyntheticSampleDatasets implements GenerateSampleDatasetPort {
  private static final int SIDE = 128;
  private static final int MIN_SHAPE = 32;
  private static final int MAX_SHAPE = 64;

  @Override
  public SampleDataset generateSampleDataset(Path directory, int count, Split split, long seed) {
    SyntheticProject project = SyntheticShapesDataset.builder()
        .seed(seed)
        .imageCount(count)
        .imageSize(SIDE, SIDE)
        .shapesPerImage(1, 2)
        .shapeSize(MIN_SHAPE, MAX_SHAPE)
        .splits(0, 0)
        .build()
        .writeTo(directory);

    List<LabelledImage> images = project.images().stream()
        .map(image -> new LabelledImage(image.image(), image.width(), image.height(), image.boxes(), split))
        .toList();
    return new SampleDataset(project.classNames(), images);
  }
}
