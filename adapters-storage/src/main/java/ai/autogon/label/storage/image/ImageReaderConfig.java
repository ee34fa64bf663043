package ai.autogon.label.storage.image;

import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import okhttp3.Dns;
import okhttp3.OkHttpClient;

/**
 * Immutable settings of an {@link ImageReader}: size limits, HTTP timeouts and the source policy.
 *
 * <p>Create one with {@link #builder()}. {@link #defaults()} returns the settings used when nothing is set.
 */
public final class ImageReaderConfig {
  /** Default maximum pixel count (width times height) of an image: 100 megapixels. */
  public static final long DEFAULT_MAX_PIXELS = 100_000_000L;
  /** Default maximum size of an image downloaded over HTTP: 50 MiB. */
  public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 50L * 1024 * 1024;
  /** Default maximum number of HTTP redirects followed for one image. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  /** Default timeout for opening a TCP connection. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default timeout between two reads on an open connection. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default timeout for a whole HTTP call: name lookup, connection, request and body, per redirect hop. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);

  private final long maxPixels;
  private final long maxDownloadBytes;
  private final int maxRedirects;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration callTimeout;
  private final ImageSourcePolicy policy;
  private final OkHttpClient httpClient;
  private final Dns dns;

  private ImageReaderConfig(Builder builder) {
    this.maxPixels = builder.maxPixels;
    this.maxDownloadBytes = builder.maxDownloadBytes;
    this.maxRedirects = builder.maxRedirects;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.callTimeout = builder.callTimeout;
    this.policy = builder.policy;
    this.httpClient = builder.httpClient;
    this.dns = builder.dns;
  }

  /** Returns the default settings: the limits and timeouts above, {@link ImageSourcePolicy#ALLOW_ALL}, system DNS. */
  public static ImageReaderConfig defaults() {
    return builder().build();
  }

  /** Starts a builder holding the default settings. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these settings, to derive a changed copy. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.maxPixels = maxPixels;
    builder.maxDownloadBytes = maxDownloadBytes;
    builder.maxRedirects = maxRedirects;
    builder.connectTimeout = connectTimeout;
    builder.readTimeout = readTimeout;
    builder.callTimeout = callTimeout;
    builder.policy = policy;
    builder.httpClient = httpClient;
    builder.dns = dns;
    return builder;
  }

  public long maxPixels() {
    return maxPixels;
  }

  public long maxDownloadBytes() {
    return maxDownloadBytes;
  }

  public int maxRedirects() {
    return maxRedirects;
  }

  public Duration connectTimeout() {
    return connectTimeout;
  }

  public Duration readTimeout() {
    return readTimeout;
  }

  public Duration callTimeout() {
    return callTimeout;
  }

  public ImageSourcePolicy policy() {
    return policy;
  }

  /** Returns the client whose connection pool and dispatcher the reader shares, if one was set. */
  public Optional<OkHttpClient> httpClient() {
    return Optional.ofNullable(httpClient);
  }

  /** Returns the resolver for host names; every address it returns is checked by the policy before use. */
  public Dns dns() {
    return dns;
  }

  /** Collects settings for an {@link ImageReaderConfig}; every setter checks its value at once. */
  public static final class Builder {
    private long maxPixels = DEFAULT_MAX_PIXELS;
    private long maxDownloadBytes = DEFAULT_MAX_DOWNLOAD_BYTES;
    private int maxRedirects = DEFAULT_MAX_REDIRECTS;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private ImageSourcePolicy policy = ImageSourcePolicy.ALLOW_ALL;
    private OkHttpClient httpClient;
    private Dns dns = Dns.SYSTEM;

    private Builder() {}

    /** Sets the largest width times height decoded; a larger image is rejected from its header. */
    public Builder maxPixels(long maxPixels) {
      if (maxPixels <= 0) {
        throw new IllegalArgumentException("maxPixels must be positive, got " + maxPixels);
      }
      this.maxPixels = maxPixels;
      return this;
    }

    /** Sets the largest HTTP response body accepted, in bytes, counted while it streams in. */
    public Builder maxDownloadBytes(long maxDownloadBytes) {
      if (maxDownloadBytes <= 0) {
        throw new IllegalArgumentException("maxDownloadBytes must be positive, got " + maxDownloadBytes);
      }
      this.maxDownloadBytes = maxDownloadBytes;
      return this;
    }

    /** Sets how many HTTP redirects are followed for one image; 0 treats any redirect as a failure. */
    public Builder maxRedirects(int maxRedirects) {
      if (maxRedirects < 0) {
        throw new IllegalArgumentException("maxRedirects must be 0 or more, got " + maxRedirects);
      }
      this.maxRedirects = maxRedirects;
      return this;
    }

    /** Sets the timeout for opening a TCP connection. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = requirePositive("connectTimeout", connectTimeout);
      return this;
    }

    /** Sets the timeout between two reads on an open connection. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = requirePositive("readTimeout", readTimeout);
      return this;
    }

    /** Sets the timeout for one whole HTTP call, body included; each redirect hop is a new call. */
    public Builder callTimeout(Duration callTimeout) {
      this.callTimeout = requirePositive("callTimeout", callTimeout);
      return this;
    }

    /** Sets the policy consulted before every file is opened and every HTTP hop is connected. */
    public Builder policy(ImageSourcePolicy policy) {
      this.policy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets a client to share its connection pool and dispatcher. The reader still applies its own
     * timeouts, resolver and redirect handling, and connects directly without a proxy.
     */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /** Sets the resolver for host names, for example a fake one in tests. */
    public Builder dns(Dns dns) {
      this.dns = Objects.requireNonNull(dns, "dns");
      return this;
    }

    /** Builds the immutable settings. */
    public ImageReaderConfig build() {
      return new ImageReaderConfig(this);
    }

    private static Duration requirePositive(String name, Duration value) {
      Objects.requireNonNull(value, name);
      if (value.isZero() || value.isNegative()) {
        throw new IllegalArgumentException(name + " must be positive, got " + value);
      }
      return value;
    }
  }
}
