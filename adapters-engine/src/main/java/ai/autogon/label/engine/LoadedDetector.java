package ai.autogon.label.engine;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.Detection;
import ai.autogon.label.domain.prediction.NonMaxSuppression;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.pytorch.jni.JniUtils;
import ai.djl.training.ParameterStore;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A saved detector loaded for prediction; safe to use from several threads at once.
 *
 * <p>Threads share the read-only weights and each call creates and closes its own arrays. The detector counts its
 * references: loading returns the first, {@link #acquire()} adds one and {@link #close()} releases one, and the
 * last release frees the weights. So a cache can replace a detector while calls still run on the old one.
 */
final class LoadedDetector implements AutoCloseable {
  private final NDManager manager;
  private final DetectorNetwork network;
  private final DetectorFiles.Description description;
  private final AnchorGrid grid;
  private final DetectionDecoder decoder;
  private final Instant createdAt;
  private int references = 1;

  private LoadedDetector(NDManager manager, DetectorNetwork network, DetectorFiles.Description description, Instant createdAt) {
    this.manager = manager;
    this.network = network;
    this.description = description;
    this.grid = new AnchorGrid(description.imageSize());
    this.decoder = new DetectionDecoder(grid, description.classNames().size());
    this.createdAt = createdAt;
  }

  /** Loads the detector saved in a directory into a sub-manager of {@code root}. */
  static LoadedDetector load(NDManager root, Path directory, Instant createdAt) {
    DetectorFiles.Description description = DetectorFiles.readDescription(directory);
    NDManager manager = root.newSubManager();
    try {
      return new LoadedDetector(manager, DetectorFiles.load(directory, description, manager), description, createdAt);
    } catch (RuntimeException e) {
      manager.close();
      throw e;
    }
  }

  Instant createdAt() {
    return createdAt;
  }

  int imageSize() {
    return description.imageSize();
  }

  /** Annotates images in one batch through the network; the boxes are in each image's own pixels. */
  List<List<Annotation>> annotate(List<RgbImage> images, double confidence, NonMaxSuppression suppression) {
    int size = description.imageSize();
    List<Letterbox> letterboxes = new ArrayList<>(images.size());
    float[] pixels = new float[images.size() * 3 * size * size];
    for (int i = 0; i < images.size(); i++) {
      RgbImage image = images.get(i);
      Letterbox letterbox = Letterbox.of(image.width(), image.height(), size);
      letterboxes.add(letterbox);
      ImageOps.toChannelsFirst(letterbox.apply(image), pixels, i * 3 * size * size);
    }

    float[][] outputs = forward(pixels, images.size());

    List<List<Annotation>> results = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      List<Annotation> annotations = new ArrayList<>();
      for (Detection detection : decoder.decode(outputs[0], outputs[1], i, confidence, suppression)) {
        BoundingBox input = detection.box();
        BoundingBox box = letterboxes.get(i).toImage(input.x(), input.y(), input.right(), input.bottom());
        annotations.add(new Annotation(description.classNames().get(detection.classIndex()), detection.score(), box));
      }
      results.add(annotations);
    }
    return results;
  }

  /** Runs the network on CHW pixels; returns box logits and class probabilities as flat arrays. */
  float[][] forward(float[] pixels, int count) {
    // Gradient recording is a per-thread switch in PyTorch and is on by default in new threads.
    JniUtils.setGradMode(false);
    int size = description.imageSize();
    try (NDManager call = manager.newSubManager()) {
      NDArray input = call.create(pixels, new Shape(count, 3, size, size));
      NDList outputs = network.forward(new ParameterStore(call, false), new NDList(input), false);
      return new float[][] {outputs.get(0).toFloatArray(), Activation.sigmoid(outputs.get(1)).toFloatArray()};
    }
  }

  /**
   * Adds a reference, which the caller releases with {@link #close()}.
   *
   * @throws IllegalStateException when every reference is released and the weights are freed
   */
  synchronized LoadedDetector acquire() {
    if (references == 0) {
      throw new IllegalStateException("the detector of the model created at " + createdAt + " is closed");
    }
    references++;
    return this;
  }

  /** Releases one reference; the last release frees the weights. */
  @Override
  public synchronized void close() {
    if (references == 0) {
      return;
    }
    references--;
    if (references == 0) {
      manager.close();
    }
  }
}
