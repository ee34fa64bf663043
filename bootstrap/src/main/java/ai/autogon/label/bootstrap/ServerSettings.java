package ai.autogon.label.bootstrap;

import ai.autogon.label.server.ApiKeys;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Settings of {@code autogon-label serve}: where to listen, which keys to accept, which image sources to fetch. */
public final class ServerSettings {
  /** Environment variable with comma-separated API keys the server accepts. */
  public static final String ENV_SERVER_KEYS = ApiKeys.ENVIRONMENT_VARIABLE;

  private final String host;
  private final int port;
  private final Set<String> apiKeys;
  private final List<String> allowedSources;
  private final Path fileRoot;

  private ServerSettings(Builder builder) {
    this.host = builder.host;
    this.port = builder.port;
    this.apiKeys = Set.copyOf(builder.apiKeys);
    this.allowedSources = List.copyOf(builder.allowedSources);
    this.fileRoot = builder.fileRoot;
  }

  public static Builder builder() {
    return new Builder();
  }

  public String host() {
    return host;
  }

  public int port() {
    return port;
  }

  /** Returns the accepted keys; never printed, and absent from {@link #toString()}. */
  Set<String> apiKeys() {
    return apiKeys;
  }

  /** Returns host names and CIDR ranges admitted although the default policy would refuse them. */
  public List<String> allowedSources() {
    return allowedSources;
  }

  /** Returns the directory under which {@code file:} image URIs may be read, if any. */
  public Optional<Path> fileRoot() {
    return Optional.ofNullable(fileRoot);
  }

  @Override
  public String toString() {
    return "ServerSettings[host=" + host + ", port=" + port + ", apiKeys=" + apiKeys.size()
        + ", allowedSources=" + allowedSources + ", fileRoot=" + fileRoot + "]";
  }

  /** Collects server settings; the defaults bind to 127.0.0.1:8080 with no keys. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port = 8080;
    private final Set<String> apiKeys = new LinkedHashSet<>();
    private final List<String> allowedSources = new ArrayList<>();
    private Path fileRoot;

    private Builder() {}

    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** Sets the port to listen on; 0 picks a free one. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
      }
      this.port = port;
      return this;
    }

    /** Adds keys from a comma-separated list, as in {@code AUTOGON_SERVER_KEYS}. */
    public Builder apiKeysFromList(String list) {
      if (list != null && !list.isBlank()) {
        apiKeys.addAll(ApiKeys.parseList(list));
      }
      return this;
    }

    /** Adds keys from a file with one key per line; blank lines and lines starting with '#' are skipped. */
    public Builder apiKeysFromFile(Path file) {
      apiKeys.addAll(ApiKeys.readKeyFile(file));
      return this;
    }

    /** Admits a host name or CIDR range that the server would otherwise refuse to fetch images from. */
    public Builder allowSource(String hostOrRange) {
      allowedSources.add(Objects.requireNonNull(hostOrRange, "hostOrRange"));
      return this;
    }

    /** Lets callers send {@code file:} image URIs under this directory. */
    public Builder fileRoot(Path directory) {
      this.fileRoot = directory;
      return this;
    }

    public ServerSettings build() {
      return new ServerSettings(this);
    }
  }
}
