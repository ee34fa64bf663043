package ai.autogon.label.storage.image;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/** Fake policy that records every check as a line of text and rejects the checks a predicate matches. */
final class RecordingPolicy implements ImageSourcePolicy {
  private final List<String> checks = new CopyOnWriteArrayList<>();
  private final Predicate<String> rejected;

  private RecordingPolicy(Predicate<String> rejected) {
    this.rejected = rejected;
  }

  static RecordingPolicy allowing() {
    return new RecordingPolicy(check -> false);
  }

  /** Returns a policy that rejects every check whose recorded line starts with {@code prefix}. */
  static RecordingPolicy rejecting(String prefix) {
    return new RecordingPolicy(check -> check.startsWith(prefix));
  }

  List<String> checks() {
    return List.copyOf(checks);
  }

  @Override
  public void checkUri(URI uri) {
    record("uri " + uri);
  }

  @Override
  public void checkAddress(String host, InetAddress address) {
    record("address " + host + " " + address.getHostAddress());
  }

  @Override
  public void checkFile(Path file) {
    record("file " + file);
  }

  private void record(String check) {
    checks.add(check);
    if (rejected.test(check)) {
      throw new ImageReadException(Reason.IMAGE_FORBIDDEN, "policy rejected " + check);
    }
  }
}
