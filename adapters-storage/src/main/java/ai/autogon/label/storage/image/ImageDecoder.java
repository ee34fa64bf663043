package ai.autogon.label.storage.image;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReadException.Reason;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import java.awt.image.BufferedImage;
import java.io.EOFException;
import java.io.IOException;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Locale;
import java.util.Set;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decodes one image from a seekable stream, choosing the decoder from the content's magic bytes.
 *
 * <p>The pixel limit is checked from the header before any pixels are decoded.
 */
final class ImageDecoder {
  private static final Logger LOG = LoggerFactory.getLogger(ImageDecoder.class);
  private static final String SUPPORTED = "JPEG, PNG, BMP, GIF, WebP or TIFF";
  private static final Set<String> SUPPORTED_FORMAT_NAMES = Set.of("jpeg", "png", "bmp", "gif", "webp", "tiff");
  // RgbImage stores its pixels in one byte array, so 3 bytes a pixel must fit in an int.
  private static final long MAX_ARRAY_PIXELS = (Integer.MAX_VALUE - 8) / 3;

  static {
    // Registers the TwelveMonkeys plugins even when the context class loader missed them at ImageIO start-up.
    ImageIO.scanForPlugins();
  }

  private final long maxPixels;

  ImageDecoder(long maxPixels) {
    this.maxPixels = Math.min(maxPixels, MAX_ARRAY_PIXELS);
  }

  /** Decodes the whole image, turned upright. */
  RgbImage decode(ImageInputStream stream, String imageName, String contentType) {
    ImageReader reader = openReader(stream, imageName, contentType);
    try {
      Orientation orientation = OrientationReader.read(stream, reader.getFormatName(), imageName);
      reader.setInput(stream, true, true);
      checkPixelCount(reader, imageName);

      TruncationWarnings warnings = new TruncationWarnings();
      reader.addIIOReadWarningListener(warnings);
      BufferedImage decoded = reader.read(0);
      if (warnings.truncated != null) {
        throw unreadable(imageName, warnings.truncated, null);
      }
      return RgbConversion.toUprightRgb(decoded, orientation);
    } catch (IOException | RuntimeException e) {
      throw asReadException(e, imageName);
    } catch (OutOfMemoryError e) {
      // The pixel arrays of this image are unreachable once the stack unwinds, so the next image can still be read.
      // NOTE: no test runs out of memory, because the outcome depends on the heap size of the machine.
      throw outOfMemory(reader, imageName, e);
    } finally {
      reader.dispose();
    }
  }

  /** Reads the upright size from the header only. */
  ImageSize readSize(ImageInputStream stream, String imageName, String contentType) {
    ImageReader reader = openReader(stream, imageName, contentType);
    try {
      Orientation orientation = OrientationReader.read(stream, reader.getFormatName(), imageName);
      reader.setInput(stream, true, true);
      int width = reader.getWidth(0);
      int height = reader.getHeight(0);
      return new ImageSize(orientation.uprightWidth(width, height), orientation.uprightHeight(width, height));
    } catch (IOException | RuntimeException e) {
      throw asReadException(e, imageName);
    } finally {
      reader.dispose();
    }
  }

  private ImageReader openReader(ImageInputStream stream, String imageName, String contentType) {
    try {
      if (stream.length() == 0) {
        throw new ImageReadException(Reason.IMAGE_UNREADABLE, imageName + " is empty, not an image");
      }
      ImageReader byContent = firstSupported(ImageIO.getImageReaders(stream));
      if (byContent != null) {
        LOG.debug("Decoding {} as {} with {}", imageName, byContent.getFormatName(), byContent.getClass().getName());
        return byContent;
      }
      if (contentType != null) {
        ImageReader byType = firstSupported(ImageIO.getImageReadersByMIMEType(contentType));
        if (byType != null) {
          LOG.debug("No decoder recognised the bytes of {}, so trying its content type {}", imageName, contentType);
          return byType;
        }
      }
    } catch (IOException e) {
      throw unreadable(imageName, e.getMessage(), e);
    }
    throw new ImageReadException(Reason.IMAGE_UNREADABLE,
        imageName + " is not an image in a supported format (" + SUPPORTED + ")");
  }

  /**
   * Returns the first reader for one of the supported formats. Other formats that the installed plugins
   * happen to read (such as WBMP or ICO) are left out, so that the supported list above stays true.
   */
  private static ImageReader firstSupported(Iterator<ImageReader> readers) {
    while (readers.hasNext()) {
      ImageReader reader = readers.next();
      for (String name : reader.getOriginatingProvider().getFormatNames()) {
        if (SUPPORTED_FORMAT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
          return reader;
        }
      }
      reader.dispose();
    }
    return null;
  }

  private void checkPixelCount(ImageReader reader, String imageName) throws IOException {
    int width = reader.getWidth(0);
    int height = reader.getHeight(0);
    long pixels = (long) width * height;
    if (pixels > maxPixels) {
      throw new ImageReadException(Reason.IMAGE_TOO_LARGE, String.format(Locale.ROOT,
          "%s is %dx%d pixels (%d), more than the limit of %d pixels. This guard against decompression bombs "
              + "is checked before decoding, so resize the image or raise the pixel limit.",
          imageName, width, height, pixels, maxPixels));
    }
  }

  private static ImageReadException outOfMemory(ImageReader reader, String imageName, OutOfMemoryError error) {
    String size;
    try {
      size = " (" + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels)";
    } catch (IOException | RuntimeException e) {
      size = "";
    }
    long maxHeapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return new ImageReadException(Reason.IMAGE_TOO_LARGE, imageName + size + " is too large to decode in the Java heap"
        + " of " + maxHeapMiB + " MiB. Raise the heap size (-Xmx) or lower the pixel limit.", error);
  }

  private static ImageReadException asReadException(Exception e, String imageName) {
    if (e instanceof ImageReadException readException) {
      return readException;
    }
    String detail = e instanceof EOFException ? "unexpected end of file"
        : e.getMessage() == null ? e.getClass().getSimpleName()
        : e.getMessage();
    return unreadable(imageName, detail, e);
  }

  private static ImageReadException unreadable(String imageName, String detail, Throwable cause) {
    String message = imageName + " could not be decoded, the file may be truncated or corrupt: " + detail;
    return cause == null
        ? new ImageReadException(Reason.IMAGE_UNREADABLE, message)
        : new ImageReadException(Reason.IMAGE_UNREADABLE, message, cause);
  }

  /** Records a decoder warning about data that ended early. Other warnings are only logged, each text once. */
  private static final class TruncationWarnings implements IIOReadWarningListener {
    private final Set<String> seen = new HashSet<>();
    private String truncated;

    @Override
    public void warningOccurred(ImageReader source, String warning) {
      if (seen.add(warning)) {
        LOG.debug("Decoder warning: {}", warning);
      }
      String lower = warning.toLowerCase(Locale.ROOT);
      if (truncated == null && (lower.contains("premature end") || lower.contains("truncated"))) {
        truncated = warning;
      }
    }
  }
}
