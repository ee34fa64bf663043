package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import ai.autogon.label.domain.training.TrainingOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Settings that choose and configure the backend and the workspace.
 *
 * <p>Each setting comes from the builder (command-line flags) first, then from the environment
 * ({@code AUTOGON_BACKEND}, {@code AUTOGON_BASE_URL}, {@code AUTOGON_API_KEY}, {@code AUTOGON_HOME},
 * {@code AUTOGON_DEVICE}, {@code AUTOGON_MAX_LOADED_MODELS}), then from the defaults. The API key never appears
 * in {@link #toString()}.
 */
public final class LabelConfig {
  public static final String ENV_BACKEND = "AUTOGON_BACKEND";
  public static final String ENV_BASE_URL = "AUTOGON_BASE_URL";
  public static final String ENV_API_KEY = "AUTOGON_API_KEY";
  public static final String ENV_HOME = "AUTOGON_HOME";
  public static final String ENV_DEVICE = "AUTOGON_DEVICE";
  public static final String ENV_MAX_LOADED_MODELS = "AUTOGON_MAX_LOADED_MODELS";
  public static final int DEFAULT_MAX_LOADED_MODELS = 8;

  public static final String DEFAULT_BASE_URL = "https://api.autogon.ai/api/v1/";
  public static final String DEFAULT_WORKSPACE_DIRECTORY = ".autogon-label";

  private final Backend backend;
  private final URI baseUrl;
  private final String apiKey;
  private final Path workspace;
  private final Duration connectTimeout;
  private final Duration predictTimeout;
  private final Duration trainTimeout;
  private final ImageSourcePolicy imageSourcePolicy;
  private final TrainingOptions trainingDefaults;
  private final String device;
  private final int maxLoadedModels;

  private LabelConfig(Builder builder) {
    Map<String, String> env = builder.environment;
    this.backend = builder.backend != null ? builder.backend : parseBackend(env.get(ENV_BACKEND));
    this.baseUrl = parseBaseUrl(firstNonBlank(builder.baseUrl, env.get(ENV_BASE_URL), DEFAULT_BASE_URL));
    this.apiKey = firstNonBlank(builder.apiKey, env.get(ENV_API_KEY), null);
    String home = firstNonBlank(builder.workspace == null ? null : builder.workspace.toString(), env.get(ENV_HOME), null);
    this.workspace = home != null ? Path.of(home) : builder.userHome.resolve(DEFAULT_WORKSPACE_DIRECTORY);
    this.connectTimeout = builder.connectTimeout;
    this.predictTimeout = builder.predictTimeout;
    this.trainTimeout = builder.trainTimeout;
    this.imageSourcePolicy = builder.imageSourcePolicy;
    this.trainingDefaults = builder.trainingDefaults;
    this.device = parseDevice(firstNonBlank(builder.device, env.get(ENV_DEVICE), "cpu"));
    String maxLoadedModelsFlag = builder.maxLoadedModels == null ? null : builder.maxLoadedModels.toString();
    this.maxLoadedModels = parseMaxLoadedModels(
        firstNonBlank(maxLoadedModelsFlag, env.get(ENV_MAX_LOADED_MODELS), Integer.toString(DEFAULT_MAX_LOADED_MODELS)));
  }

  public static Builder builder() {
    return new Builder();
  }

  public Backend backend() {
    return backend;
  }

  /** Returns the remote service's base URL, always ending with a slash. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** Returns the remote service's API key, if one is set. */
  public Optional<String> apiKey() {
    return Optional.ofNullable(apiKey);
  }

  public Path workspace() {
    return workspace;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration predictTimeout() {
    return predictTimeout;
  }

  public Duration trainTimeout() {
    return trainTimeout;
  }

  /** Returns the policy deciding which image files and URLs may be read. */
  public ImageSourcePolicy imageSourcePolicy() {
    return imageSourcePolicy;
  }

  /**
   * Returns the local engine's settings for requests that leave them open, such as every training request
   * that arrives through the server, since the wire contract carries no epochs or image size.
   */
  public TrainingOptions trainingDefaults() {
    return trainingDefaults;
  }

  /** Returns where the local engine runs: {@code cpu}, or {@code gpu} with the CUDA natives on the class path. */
  public String device() {
    return device;
  }

  /**
   * Returns how many models the local engine keeps loaded for prediction; beyond that, loading another model
   * releases the least recently used one.
   */
  public int maxLoadedModels() {
    return maxLoadedModels;
  }

  @Override
  public String toString() {
    return "LabelConfig[backend=" + backend.wireName()
        + ", baseUrl=" + baseUrl
        + ", apiKey=" + (apiKey == null ? "unset" : "set")
        + ", workspace=" + workspace + "]";
  }

  private static Backend parseBackend(String text) {
    return text == null || text.isBlank() ? Backend.LOCAL : Backend.parse(text);
  }

  private static URI parseBaseUrl(String text) {
    String normalized = text.trim().endsWith("/") ? text.trim() : text.trim() + "/";
    try {
      URI uri = new URI(normalized);
      if (!"http".equalsIgnoreCase(uri.getScheme()) && !"https".equalsIgnoreCase(uri.getScheme())) {
        throw InvalidValueException.of("base_url", text, "an http or https URL such as " + DEFAULT_BASE_URL);
      }
      if (uri.getHost() == null) {
        throw InvalidValueException.of("base_url", text, "a URL with a host name such as " + DEFAULT_BASE_URL);
      }
      return uri;
    } catch (URISyntaxException e) {
      throw InvalidValueException.of("base_url", text, "a valid URL (" + e.getReason() + ")");
    }
  }

  private static String parseDevice(String text) {
    String normalized = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (!normalized.equals("cpu") && !normalized.equals("gpu")) {
      throw InvalidValueException.of("device", text, "'cpu' or 'gpu'");
    }
    return normalized;
  }

  private static int parseMaxLoadedModels(String text) {
    try {
      int value = Integer.parseInt(text.trim());
      if (value >= 1) {
        return value;
      }
    } catch (NumberFormatException e) {
      // Reported below with the rule.
    }
    throw InvalidValueException.of("max_loaded_models", text,
        "a whole number of at least 1 (set by serve --max-loaded-models or " + ENV_MAX_LOADED_MODELS + ")");
  }

  private static String firstNonBlank(String first, String second, String fallback) {
    if (first != null && !first.isBlank()) {
      return first;
    }
    if (second != null && !second.isBlank()) {
      return second;
    }
    return fallback;
  }

  /** Collects settings; values left unset fall back to the environment, then to defaults. */
  public static final class Builder {
    private Backend backend;
    private String baseUrl;
    private String apiKey;
    private Path workspace;
    private Map<String, String> environment = Map.of();
    private Path userHome = Path.of(System.getProperty("user.home"));
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration predictTimeout = Duration.ofMinutes(5);
    private Duration trainTimeout = Duration.ofHours(6);
    private ImageSourcePolicy imageSourcePolicy = ImageSourcePolicy.ALLOW_ALL;
    private TrainingOptions trainingDefaults = TrainingOptions.defaults();
    private String device;
    private Integer maxLoadedModels;

    private Builder() {}

    public Builder backend(Backend backend) {
      this.backend = backend;
      return this;
    }

    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    public Builder apiKey(String apiKey) {
      this.apiKey = apiKey;
      return this;
    }

    public Builder workspace(Path workspace) {
      this.workspace = workspace;
      return this;
    }

    /** Sets the environment variables to fall back to, usually {@code System.getenv()}. */
    public Builder environment(Map<String, String> environment) {
      this.environment = Map.copyOf(environment);
      return this;
    }

    /** Sets the home directory that contains the default workspace {@code ~/.autogon-label}. */
    public Builder userHome(Path userHome) {
      this.userHome = Objects.requireNonNull(userHome, "userHome");
      return this;
    }

    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requirePositive("connect timeout", timeout);
      return this;
    }

    /** Sets the read timeout of a remote prediction request. */
    public Builder predictTimeout(Duration timeout) {
      this.predictTimeout = requirePositive("predict timeout", timeout);
      return this;
    }

    /** Sets the read timeout of a remote training request, which blocks while training runs for minutes to hours. */
    public Builder trainTimeout(Duration timeout) {
      this.trainTimeout = requirePositive("train timeout", timeout);
      return this;
    }

    /** Sets which image files and URLs may be read; a server fetching URLs for others sets a strict policy. */
    public Builder imageSourcePolicy(ImageSourcePolicy policy) {
      this.imageSourcePolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /** Sets the local engine's epochs, batch, image size, patience and seed for requests that leave them open. */
    public Builder trainingDefaults(TrainingOptions defaults) {
      this.trainingDefaults = Objects.requireNonNull(defaults, "defaults");
      return this;
    }

    /** Sets where the local engine runs: {@code cpu} or {@code gpu}. */
    public Builder device(String device) {
      this.device = device;
      return this;
    }

    /** Sets how many models the local engine keeps loaded for prediction (default 8). */
    public Builder maxLoadedModels(int value) {
      this.maxLoadedModels = value;
      return this;
    }

    public LabelConfig build() {
      return new LabelConfig(this);
    }

    private static Duration requirePositive(String name, Duration timeout) {
      if (timeout == null || timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, got " + timeout);
      }
      return timeout;
    }
  }
}
