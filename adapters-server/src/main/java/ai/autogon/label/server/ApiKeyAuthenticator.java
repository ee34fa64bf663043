package ai.autogon.label.server;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks the {@code X-AUG-KEY} header against the configured keys in constant time. */
final class ApiKeyAuthenticator {
  static final String HEADER = "X-AUG-KEY";

  private final List<byte[]> keyHashes;

  ApiKeyAuthenticator(Set<String> keys) {
    this.keyHashes = keys.stream().map(ApiKeyAuthenticator::sha256).collect(Collectors.toUnmodifiableList());
  }

  /** Returns whether any key is configured; without keys every request is accepted. */
  boolean enabled() {
    return !keyHashes.isEmpty();
  }

  /**
   * Accepts the request when the presented key matches a configured one.
   *
   * <p>Both sides are hashed first so the comparison takes the same time whatever the presented key's length,
   * and every configured key is compared so the time does not reveal which one matched.
   *
   * @throws ApiException with status 401 when the header is missing or matches no key
   */
  void authenticate(String presented) {
    if (!enabled()) {
      return;
    }
    if (presented == null || presented.isEmpty()) {
      throw new ApiException(401, "missing " + HEADER + " header: send one of the server's API keys");
    }

    byte[] presentedHash = sha256(presented);
    boolean matched = false;
    for (byte[] keyHash : keyHashes) {
      matched |= MessageDigest.isEqual(keyHash, presentedHash);
    }
    if (!matched) {
      throw new ApiException(401, "invalid " + HEADER + " header: the key does not match any of the server's API keys");
    }
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256, which every Java platform must provide", e);
    }
  }
}
