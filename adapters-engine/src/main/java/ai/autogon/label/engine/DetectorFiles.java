package ai.autogon.label.engine;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelType;
import ai.djl.MalformedModelException;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Parameter;
import ai.djl.util.Pair;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Files of a saved detector: {@value #DESCRIPTION} names the architecture and classes, {@value #WEIGHTS} holds
 * the averaged weights in DJL's parameter format.
 */
final class DetectorFiles {
  static final String DESCRIPTION = "detector.properties";
  static final String WEIGHTS = "detector.params";
  private static final String FORMAT = "autogon-detector-1";

  private DetectorFiles() {}

  /**
   * Architecture of a saved detector.
   *
   * @param type network size
   * @param imageSize side of the square input
   * @param classNames class names in output order
   */
  record Description(ModelType type, int imageSize, List<String> classNames) {
    Description {
      classNames = List.copyOf(classNames);
    }
  }

  /** Writes the description and the weights into a directory. */
  static void write(Path directory, Description description, byte[] weights) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("format", FORMAT);
    properties.setProperty("model_type", description.type().wireName());
    properties.setProperty("image_size", Integer.toString(description.imageSize()));
    properties.setProperty("classes", Integer.toString(description.classNames().size()));
    for (int i = 0; i < description.classNames().size(); i++) {
      properties.setProperty("class." + i, description.classNames().get(i));
    }
    try (Writer writer = Files.newBufferedWriter(directory.resolve(DESCRIPTION), StandardCharsets.UTF_8)) {
      properties.store(writer, "autogon-label detector");
    }
    try (OutputStream out = Files.newOutputStream(directory.resolve(WEIGHTS))) {
      out.write(weights);
    }
  }

  /** Reads the description of the detector saved in a directory. */
  static Description readDescription(Path directory) {
    Path file = directory.resolve(DESCRIPTION);
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new StorageException("failed to read model description " + file + ": " + e.getMessage(), e);
    }
    if (!FORMAT.equals(properties.getProperty("format"))) {
      throw new StorageException(file + " is not an embedded-engine model: format must be '" + FORMAT + "', got '" + properties.getProperty("format") + "'");
    }
    try {
      int classes = Integer.parseInt(properties.getProperty("classes"));
      List<String> names = new ArrayList<>();
      for (int i = 0; i < classes; i++) {
        names.add(properties.getProperty("class." + i));
      }
      return new Description(ModelType.parse(properties.getProperty("model_type")), Integer.parseInt(properties.getProperty("image_size")), names);
    } catch (RuntimeException e) {
      throw new StorageException("model description " + file + " is damaged: " + e.getMessage(), e);
    }
  }

  /** Serialises a network's parameters. */
  static byte[] weights(DetectorNetwork network) {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(bytes))) {
      network.saveParameters(out);
    } catch (IOException e) {
      throw new IllegalStateException("failed to serialise network parameters", e);
    }
    return bytes.toByteArray();
  }

  /** Loads parameters written by {@link #weights} into an initialised network of the same shape. */
  static void loadWeights(DetectorNetwork network, NDManager manager, InputStream in) throws IOException {
    try (DataInputStream data = new DataInputStream(new BufferedInputStream(in))) {
      network.loadParameters(manager, data);
    } catch (MalformedModelException e) {
      throw new IOException(e.getMessage(), e);
    }
    for (Pair<String, Parameter> pair : network.getParameters()) {
      Parameter parameter = pair.getValue();
      parameter.getArray().setRequiresGradient(parameter.requiresGradient());
    }
  }

  /** Builds the network described by a saved model and loads its weights. */
  static DetectorNetwork load(Path directory, Description description, NDManager manager) {
    DetectorNetwork network = new DetectorNetwork(NetworkScale.of(description.type()), description.classNames().size());
    network.initialize(manager, DataType.FLOAT32, new Shape(1, 3, description.imageSize(), description.imageSize()));
    Path file = directory.resolve(WEIGHTS);
    try (InputStream in = Files.newInputStream(file)) {
      loadWeights(network, manager, in);
    } catch (IOException e) {
      throw new StorageException("failed to read model weights " + file + ": " + e.getMessage(), e);
    }
    return network;
  }
}
