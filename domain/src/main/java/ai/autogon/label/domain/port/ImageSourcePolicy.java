package ai.autogon.label.domain.port;

import ai.autogon.label.domain.image.ImageReadException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;

/**
 * Decides which image sources an image reader may open.
 *
 * <p>A reader calls it before every connection, each redirect hop included, so a server can refuse
 * URLs that point into its own network. Each check throws {@link ImageReadException} with reason
 * {@code IMAGE_FORBIDDEN} to refuse.
 */
public interface ImageSourcePolicy {
  /** Allows every source; right for a person's own command line, wrong for a server fetching URLs for others. */
  ImageSourcePolicy ALLOW_ALL = new ImageSourcePolicy() {
    @Override
    public void checkUri(URI uri) {}

    @Override
    public void checkAddress(String host, InetAddress address) {}

    @Override
    public void checkFile(Path file) {}
  };

  /** Checks a URL's scheme and host before its name is resolved. */
  void checkUri(URI uri);

  /** Checks one resolved address of {@code host} before any connection is made to it. */
  void checkAddress(String host, InetAddress address);

  /** Checks a local file before it is opened. */
  void checkFile(Path file);
}
