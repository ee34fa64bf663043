package ai.autogon.label.engine;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings of the embedded engine: training defaults that a request's options override, threads, device and
 * where interrupted runs keep their checkpoints.
 */
public final class EngineConfig {
  private final int imageSize;
  private final int epochs;
  private final int batchSize;
  private final int patience;
  private final long seed;
  private final int threads;
  private final String device;
  private final Path checkpointDirectory;
  private final int predictBatchSize;
  private final int maxLoadedModels;

  private EngineConfig(Builder builder) {
    this.imageSize = builder.imageSize;
    this.epochs = builder.epochs;
    this.batchSize = builder.batchSize;
    this.patience = builder.patience;
    this.seed = builder.seed;
    this.threads = builder.threads;
    this.device = builder.device;
    this.checkpointDirectory = builder.checkpointDirectory;
    this.predictBatchSize = builder.predictBatchSize;
    this.maxLoadedModels = builder.maxLoadedModels;
  }

  /** Starts a builder with the defaults: image size 640, 100 epochs, batch 16, patience 50, seed 0, CPU. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the config with every default. */
  public static EngineConfig defaults() {
    return builder().build();
  }

  public int imageSize() {
    return imageSize;
  }

  public int epochs() {
    return epochs;
  }

  public int batchSize() {
    return batchSize;
  }

  public int patience() {
    return patience;
  }

  public long seed() {
    return seed;
  }

  /** Returns the intra-op threads of PyTorch. */
  public int threads() {
    return threads;
  }

  /** Returns the DJL device name, {@code cpu} or {@code gpu}. */
  public String device() {
    return device;
  }

  /** Returns the directory for per-epoch checkpoints, empty when training cannot be resumed. */
  public Optional<Path> checkpointDirectory() {
    return Optional.ofNullable(checkpointDirectory);
  }

  /** Returns how many images go through the network together when predicting. */
  public int predictBatchSize() {
    return predictBatchSize;
  }

  /** Returns how many models stay loaded for prediction; the least recently used one is released beyond that. */
  public int maxLoadedModels() {
    return maxLoadedModels;
  }

  /** Builder of {@link EngineConfig}; every setting is optional. */
  public static final class Builder {
    private int imageSize = 640;
    private int epochs = 100;
    private int batchSize = 16;
    private int patience = 50;
    private long seed;
    private int threads = Runtime.getRuntime().availableProcessors();
    private String device = "cpu";
    private Path checkpointDirectory;
    private int predictBatchSize = 8;
    private int maxLoadedModels = 8;

    private Builder() {}

    /** Sets the side of the square network input in pixels, a multiple of 32. */
    public Builder imageSize(int value) {
      if (value < 32 || value % 32 != 0) {
        throw new IllegalArgumentException("image size must be a multiple of 32, at least 32, got " + value);
      }
      this.imageSize = value;
      return this;
    }

    public Builder epochs(int value) {
      this.epochs = requirePositive("epochs", value);
      return this;
    }

    public Builder batchSize(int value) {
      this.batchSize = requirePositive("batch size", value);
      return this;
    }

    /** Sets the epochs without improvement of val mAP50-95 before training stops early. */
    public Builder patience(int value) {
      this.patience = requirePositive("patience", value);
      return this;
    }

    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Sets PyTorch's intra-op threads; it takes effect only before the first engine in this JVM starts. */
    public Builder threads(int value) {
      this.threads = requirePositive("threads", value);
      return this;
    }

    /** Sets the device: {@code cpu}, or {@code gpu} with CUDA natives on the class path. */
    public Builder device(String value) {
      if (!"cpu".equals(value) && !"gpu".equals(value)) {
        throw new IllegalArgumentException("device must be 'cpu' or 'gpu', got '" + value + "'");
      }
      this.device = value;
      return this;
    }

    /** Sets the directory where each training run keeps its per-epoch checkpoint for resuming. */
    public Builder checkpointDirectory(Path value) {
      this.checkpointDirectory = Objects.requireNonNull(value, "checkpointDirectory");
      return this;
    }

    public Builder predictBatchSize(int value) {
      this.predictBatchSize = requirePositive("predict batch size", value);
      return this;
    }

    /** Sets how many models stay loaded for prediction at once (default 8). */
    public Builder maxLoadedModels(int value) {
      this.maxLoadedModels = requirePositive("max loaded models", value);
      return this;
    }

    public EngineConfig build() {
      return new EngineConfig(this);
    }

    private static int requirePositive(String name, int value) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be at least 1, got " + value);
      }
      return value;
    }
  }
}
