package ai.autogon.label.domain.image;

import ai.autogon.label.domain.error.LabelException;
import java.util.Objects;

/** Signals that one image could not be fetched or decoded; the rest of a batch goes on. */
public final class ImageReadException extends LabelException {
  private static final long serialVersionUID = 1L;

  /** Machine-readable reason, sent as {@code error.code} on the wire. */
  public enum Reason {
    /** The file or URL could not be reached (missing file, HTTP error, refused connection). */
    IMAGE_UNREACHABLE,
    /** The bytes are not an image in a supported format, or are truncated or corrupt. */
    IMAGE_UNREADABLE,
    /** The image is larger than the configured byte or pixel limit. */
    IMAGE_TOO_LARGE,
    /** The URL is not allowed by the configured policy. */
    IMAGE_FORBIDDEN;

    /** Returns the lower-case code used on the wire. */
    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private final Reason reason;

  public ImageReadException(Reason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public ImageReadException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public Reason reason() {
    return reason;
  }
}
