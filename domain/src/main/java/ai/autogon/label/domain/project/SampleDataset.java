package ai.autogon.label.domain.project;

import java.util.List;

/**
 * Generated labelled images with exact boxes, for a first run without data of one's own.
 *
 * @param classNames class names; box class indexes point into this list
 * @param images generated images with their boxes
 */
public record SampleDataset(List<String> classNames, List<LabelledImage> images) {
  public SampleDataset {
    classNames = List.copyOf(classNames);
    images = List.copyOf(images);
  }
}
