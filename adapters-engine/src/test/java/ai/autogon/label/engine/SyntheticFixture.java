package ai.autogon.label.engine;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import ai.autogon.label.engine.synthetic.SyntheticImage;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns a synthetic shapes dataset into a project whose pixels the fake image reader serves from memory. */
final class SyntheticFixture {
  private SyntheticFixture() {}

  /**
   * Creates project {@code id} (app id the same) from a dataset.
   *
   * @param keepSplits whether to keep the dataset's train and val splits; otherwise every image is unassigned
   */
  static Project project(long id, SyntheticShapesDataset dataset, FakePorts.Images images, boolean keepSplits) {
    List<LabelledImage> labelled = new ArrayList<>();
    for (SyntheticImage image : dataset.generate()) {
      ImageReference reference = new ImageReference(URI.create("file:///synthetic/p" + id + "/" + image.fileName()));
      images.add(reference, image.toRgbImage());
      labelled.add(new LabelledImage(reference, image.width(), image.height(), image.boxes(), keepSplits ? image.split() : Split.UNASSIGNED));
    }
    return new Project(ProjectId.of(id), AppId.of(id), "shapes-" + id, dataset.classNames(), labelled, Instant.parse("2026-12-04T20:00:00Z"));
  }
}
