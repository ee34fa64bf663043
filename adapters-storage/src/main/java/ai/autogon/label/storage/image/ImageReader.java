package ai.autogon.label.storage.image;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.port.ReadImagePort;
import com.twelvemonkeys.imageio.stream.BufferedFileImageInputStream;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Function;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads JPEG, PNG, BMP, GIF, WebP and TIFF images from local files and http(s) URLs as upright RGB.
 *
 * <p>The format comes from the content, never the file name. EXIF orientation is applied to JPEG, TIFF, PNG
 * and WebP images, transparent pixels are composited on white, and an animated GIF gives its first frame. Every
 * failure is an {@link ImageReadException} naming the image, so one bad image never stops a batch.
 * Instances are thread-safe.
 */
public final class ImageReader implements ReadImagePort {
  private final ImageReaderConfig config;
  private final ImageDecoder decoder;
  private final HttpImageFetcher fetcher;

  /** Creates a reader with the given settings. */
  public ImageReader(ImageReaderConfig config) {
    this.config = Objects.requireNonNull(config, "config");
    this.decoder = new ImageDecoder(config.maxPixels());
    this.fetcher = new HttpImageFetcher(config);
  }

  /** Creates a reader with {@link ImageReaderConfig#defaults()}, which allows every source. */
  public static ImageReader create() {
    return new ImageReader(ImageReaderConfig.defaults());
  }

  /** Returns the settings this reader uses. */
  public ImageReaderConfig config() {
    return config;
  }

  @Override
  public RgbImage read(ImageReference image) {
    Objects.requireNonNull(image, "image");
    return withStream(image, (source) -> decoder.decode(source.stream(), source.name(), source.contentType()));
  }

  @Override
  public ImageSize readSize(ImageReference image) {
    Objects.requireNonNull(image, "image");
    return withStream(image, (source) -> decoder.readSize(source.stream(), source.name(), source.contentType()));
  }

  /** Open image bytes with the name used in messages and the content type an HTTP server declared. */
  private record Source(ImageInputStream stream, String name, String contentType) {}

  private <T> T withStream(ImageReference image, Function<Source, T> action) {
    return image.isFile() ? withFile(image, action) : withDownload(image, action);
  }

  private <T> T withFile(ImageReference image, Function<Source, T> action) {
    Path path = localPath(image);
    config.policy().checkFile(policyPath(path));

    String name = path.toString();
    if (Files.isDirectory(path)) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE, name + " is a directory, not an image file");
    }
    try (ImageInputStream stream = new BufferedFileImageInputStream(path.toFile())) {
      return action.apply(new Source(stream, name, null));
    } catch (FileNotFoundException e) {
      throw notFound(path, e);
    } catch (IOException e) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE,
          "could not read image file " + name + ": " + e.getMessage(), e);
    }
  }

  private static ImageReadException notFound(Path path, Exception cause) {
    if (Files.exists(path)) {
      return new ImageReadException(Reason.IMAGE_UNREACHABLE,
          "image file " + path + " exists but cannot be opened (" + cause.getMessage() + "). Check its permissions.",
          cause);
    }
    return new ImageReadException(Reason.IMAGE_UNREACHABLE, "image file not found: " + path, cause);
  }

  private <T> T withDownload(ImageReference image, Function<Source, T> action) {
    // NOTE: readSize also downloads the whole body, up to the download limit, before it reads the header.
    HttpImageFetcher.Download download = fetcher.fetch(image.uri());
    // An in-memory stream uses no file or socket, so it is left to the garbage collector unclosed.
    ImageInputStream stream = new ByteArrayImageInputStream(download.bytes());
    return action.apply(new Source(stream, image.toString(), download.contentType()));
  }

  private static Path localPath(ImageReference image) {
    try {
      return image.toPath();
    } catch (IllegalArgumentException | FileSystemNotFoundException e) {
      throw new ImageReadException(Reason.IMAGE_UNREACHABLE,
          image + " is not a path on this machine: " + e.getMessage(), e);
    }
  }

  /** Returns the path for the policy, with symbolic links resolved when the file exists so a link cannot hide its target. */
  private static Path policyPath(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    try {
      return absolute.toRealPath();
    } catch (IOException e) {
      return absolute;
    }
  }
}
