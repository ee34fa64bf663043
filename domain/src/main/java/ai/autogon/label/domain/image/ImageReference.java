package ai.autogon.label.domain.image;

import ai.autogon.label.domain.error.InvalidValueException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Absolute URI of an image to read: {@code http}, {@code https} or {@code file}. */
public record ImageReference(URI uri) {
  private static final Set<String> SCHEMES = Set.of("http", "https", "file");

  public ImageReference {
    Objects.requireNonNull(uri, "uri");
    String scheme = uri.getScheme() == null ? null : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || !SCHEMES.contains(scheme)) {
      throw InvalidValueException.of("image_urls", uri.toString(), "an absolute http, https or file URI");
    }
    if (!"file".equals(scheme) && (uri.getHost() == null || uri.getHost().isEmpty())) {
      throw InvalidValueException.of("image_urls", uri.toString(), "a URL with a host name");
    }
  }

  /** Parses an {@code http(s)://} or {@code file:} URI as sent on the wire. */
  public static ImageReference parse(String text) {
    if (text == null || text.isBlank()) {
      throw InvalidValueException.of("image_urls", text, "a non-empty URL");
    }
    try {
      return new ImageReference(new URI(text.trim()));
    } catch (URISyntaxException e) {
      throw InvalidValueException.of("image_urls", text, "a valid URI (" + e.getReason() + ")");
    }
  }

  /** Returns a {@code file:} reference to a local file. */
  public static ImageReference of(Path file) {
    return new ImageReference(file.toAbsolutePath().normalize().toUri());
  }

  /** Returns whether the image lives on this machine. */
  public boolean isFile() {
    return "file".equalsIgnoreCase(uri.getScheme());
  }

  /** Returns the local path of a {@code file:} reference. */
  public Path toPath() {
    if (!isFile()) {
      throw new IllegalStateException("not a file reference: " + uri);
    }
    return Path.of(uri);
  }

  @Override
  public String toString() {
    return uri.toString();
  }
}
