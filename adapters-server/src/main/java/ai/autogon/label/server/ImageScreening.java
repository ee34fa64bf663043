package ai.autogon.label.server;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.domain.error.LabelException;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Images of a predict request split into those the policy admits and those it rejects before any fetch.
 *
 * <p>This screens URIs and local paths only. Only the image reader can check the addresses a name resolves to
 * and each redirect hop, so it must be given the same policy.
 */
final class ImageScreening {
  private final List<ImageReference> requested;
  private final List<ImageReference> admitted;
  private final Map<Integer, ImageError> rejected;

  private ImageScreening(List<ImageReference> requested, List<ImageReference> admitted, Map<Integer, ImageError> rejected) {
    this.requested = requested;
    this.admitted = admitted;
    this.rejected = rejected;
  }

  /** Checks each requested image with {@link ImageSourcePolicy#checkUri} and, for local files, {@link ImageSourcePolicy#checkFile}. */
  static ImageScreening screen(List<ImageReference> images, ImageSourcePolicy policy) {
    List<ImageReference> admitted = new ArrayList<>();
    Map<Integer, ImageError> rejected = new LinkedHashMap<>();
    for (int index = 0; index < images.size(); index++) {
      ImageReference image = images.get(index);
      try {
        policy.checkUri(image.uri());
        if (image.isFile()) {
          policy.checkFile(image.toPath());
        }
        admitted.add(image);
      } catch (ImageReadException e) {
        rejected.put(index, new ImageError(e.reason().code(), e.getMessage()));
      }
    }
    return new ImageScreening(List.copyOf(images), List.copyOf(admitted), rejected);
  }

  /** Returns whether at least one image may be sent to the prediction backend. */
  boolean anyAdmitted() {
    return !admitted.isEmpty();
  }

  /** Returns a copy of the command that carries only the admitted images. */
  PredictAnnotationsCommand admittedOnly(PredictAnnotationsCommand command) {
    return new PredictAnnotationsCommand(command.appId(), admitted, command.confidence(), command.overlap(),
        command.modelName(), command.maxDetections(), command.classAgnosticNms());
  }

  /**
   * Returns one result per requested image, in request order: the backend's results for the admitted images
   * and an error entry for each rejected one.
   *
   * @throws LabelException when the backend returned a different number of results than admitted images
   */
  List<ImageAnnotations> merge(List<ImageAnnotations> backendResults) {
    if (backendResults.size() != admitted.size()) {
      throw new LabelException("the prediction backend returned " + backendResults.size() + " results for "
          + admitted.size() + " images");
    }
    List<ImageAnnotations> merged = new ArrayList<>(requested.size());
    Iterator<ImageAnnotations> fromBackend = backendResults.iterator();
    for (int index = 0; index < requested.size(); index++) {
      ImageError error = rejected.get(index);
      merged.add(error == null ? fromBackend.next() : ImageAnnotations.failed(requested.get(index), error));
    }
    return merged;
  }
}
