package ai.autogon.label.engine.demo;

import ai.autogon.label.domain.port.GenerateSampleDatasetPort;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.SampleDataset;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.engine.synthetic.SyntheticProject;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import java.nio.file.Path;
import java.util.List;

/** Generates the demo's sample data: circles, squares and triangles on textured 320x256 backgrounds. */
public final class SyntheticSampleDatasets implements GenerateSampleDatasetPort {
  private final int width;
  private final int height;

  public SyntheticSampleDatasets() {
    this(320, 256);
  }

  public SyntheticSampleDatasets(int width, int height) {
    this.width = width;
    this.height = height;
  }

  @Override
  public SampleDataset generateSampleDataset(Path directory, int count, Split split, long seed) {
    SyntheticProject project = SyntheticShapesDataset.builder()
        .seed(seed)
        .imageCount(count)
        .imageSize(width, height)
        .splits(0, 0)
        .build()
        .writeTo(directory);

    List<LabelledImage> images = project.images().stream()
        .map(image -> new LabelledImage(image.image(), image.width(), image.height(), image.boxes(), split))
        .toList();
    return new SampleDataset(project.classNames(), images);
  }
}
