package ai.autogon.label.domain.prediction;

import java.util.Objects;

/**
 * Reason that one image of a batch got no annotations.
 *
 * @param code machine-readable reason such as {@code image_unreachable}
 * @param message sentence naming the image and what went wrong
 */
public record ImageError(String code, String message) {
  public ImageError {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
