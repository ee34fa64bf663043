package ai.autogon.label.http;

import ai.autogon.label.domain.error.InvalidValueException;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Connection settings of a remote label-model service: base URL, API key and timeouts.
 *
 * <p>Instances are immutable and come from {@link #builder()}. The API key is never part of
 * {@link #toString()}, and user info in the base URL is shown redacted.
 */
public final class RemoteLabelModelConfig {
  /** Base URL of Autogon's label-model API, used when none is set. */
  public static final String DEFAULT_BASE_URL = "https://api.autogon.ai/api/v1/";
  /** Time allowed to open a connection, used when none is set. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Time allowed between bytes of a prediction response, used when none is set. */
  public static final Duration DEFAULT_PREDICT_READ_TIMEOUT = Duration.ofMinutes(5);
  /** Time allowed for a training response, used when none is set. The service responds only after training ends. */
  public static final Duration DEFAULT_TRAIN_READ_TIMEOUT = Duration.ofHours(2);

  private final HttpUrl baseUrl;
  private final String apiKey;
  private final Duration connectTimeout;
  private final Duration predictReadTimeout;
  private final Duration trainReadTimeout;

  private RemoteLabelModelConfig(Builder builder) {
    this.baseUrl = builder.baseUrl;
    this.apiKey = builder.apiKey;
    this.connectTimeout = builder.connectTimeout;
    this.predictReadTimeout = builder.predictReadTimeout;
    this.trainReadTimeout = builder.trainReadTimeout;
  }

  /** Starts a configuration with the default base URL and timeouts. The API key must be set before {@code build()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns the base URL, always ending in {@code /}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration predictReadTimeout() {
    return predictReadTimeout;
  }

  public Duration trainReadTimeout() {
    return trainReadTimeout;
  }

  HttpUrl httpBaseUrl() {
    return baseUrl;
  }

  // Package-private so the key can reach the request header but no caller can print it by accident.
  String apiKey() {
    return apiKey;
  }

  /** Returns the base URL without user info or query, safe to show in messages and logs. */
  String redactedBaseUrl() {
    return redact(baseUrl);
  }

  static String redact(HttpUrl url) {
    HttpUrl.Builder redacted = url.newBuilder().query(null).fragment(null);
    if (!url.username().isEmpty() || !url.password().isEmpty()) {
      redacted.username("redacted").password("");
    }
    return redacted.build().toString();
  }

  @Override
  public String toString() {
    return "RemoteLabelModelConfig{baseUrl=" + redactedBaseUrl()
        + ", apiKey=(redacted)"
        + ", connectTimeout=" + connectTimeout
        + ", predictReadTimeout=" + predictReadTimeout
        + ", trainReadTimeout=" + trainReadTimeout
        + "}";
  }

  /** Collects the settings of a {@link RemoteLabelModelConfig}, of which only the API key is required. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private String apiKey;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration predictReadTimeout = DEFAULT_PREDICT_READ_TIMEOUT;
    private Duration trainReadTimeout = DEFAULT_TRAIN_READ_TIMEOUT;

    private Builder() {}

    /**
     * Sets the service's base URL, such as {@code https://api.autogon.ai/api/v1/}, adding a missing trailing slash.
     *
     * @throws InvalidValueException when the text is not an absolute http or https URL without query or fragment
     */
    public Builder baseUrl(String text) {
      this.baseUrl = parseBaseUrl(text);
      return this;
    }

    /**
     * Sets the key sent in the {@code X-AUG-KEY} header of every request, without surrounding spaces.
     *
     * @throws InvalidValueException when the key is blank or contains a character an HTTP header cannot carry
     */
    public Builder apiKey(String key) {
      this.apiKey = checkApiKey(key);
      return this;
    }

    /** Sets the time allowed to open a connection to the service. */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = checkPositive("connect_timeout", timeout);
      return this;
    }

    /** Sets the time a prediction request may wait for the next bytes of the response. */
    public Builder predictReadTimeout(Duration timeout) {
      this.predictReadTimeout = checkPositive("predict_read_timeout", timeout);
      return this;
    }

    /** Sets the time a training request may wait for its response, which arrives only after training ends. */
    public Builder trainReadTimeout(Duration timeout) {
      this.trainReadTimeout = checkPositive("train_read_timeout", timeout);
      return this;
    }

    /**
     * Creates the configuration.
     *
     * @throws InvalidValueException when no API key was set
     */
    public RemoteLabelModelConfig build() {
      if (apiKey == null) {
        throw new InvalidValueException(
            "api_key", "api_key is missing: the remote backend needs the API key that the label-model service issued (--api-key or env AUTOGON_API_KEY)");
      }
      return new RemoteLabelModelConfig(this);
    }

    private static HttpUrl parseBaseUrl(String text) {
      String rule = "an absolute http or https URL without query or fragment, such as " + DEFAULT_BASE_URL;
      if (text == null || text.isBlank()) {
        throw InvalidValueException.of("base_url", text, rule);
      }
      HttpUrl url = HttpUrl.parse(text.trim());
      if (url == null || url.query() != null || url.fragment() != null) {
        throw InvalidValueException.of("base_url", text, rule);
      }
      if (url.pathSegments().get(url.pathSize() - 1).isEmpty()) {
        return url;
      }
      return url.newBuilder().addPathSegment("").build();
    }

    private static String checkApiKey(String key) {
      if (key == null || key.isBlank()) {
        throw new InvalidValueException(
            "api_key", "api_key is empty: set the API key that the label-model service issued");
      }
      String trimmed = key.trim();
      for (int i = 0; i < trimmed.length(); i++) {
        char c = trimmed.charAt(i);
        if (c < 0x21 || c > 0x7e) {
          // The key itself stays out of the message, and the position is enough to find a stray character.
          throw new InvalidValueException(
              "api_key",
              "api_key contains a character that an HTTP header cannot carry at position " + (i + 1)
                  + ": use only printable ASCII without spaces");
        }
      }
      return trimmed;
    }

    private static Duration checkPositive(String field, Duration timeout) {
      Objects.requireNonNull(timeout, field);
      if (timeout.isNegative() || timeout.isZero()) {
        throw InvalidValueException.of(field, timeout, "a positive duration");
      }
      return timeout;
    }
  }
}
