package ai.autogon.label.storage.image;

import com.twelvemonkeys.imageio.metadata.CompoundDirectory;
import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import com.twelvemonkeys.imageio.stream.ByteArrayImageInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the EXIF orientation of JPEG and TIFF images without decoding pixels.
 *
 * <p>A missing, unreadable or out-of-range orientation counts as {@link Orientation#NORMAL}: a broken
 * metadata block must not make an otherwise readable image fail.
 */
final class OrientationReader {
  private static final Logger LOG = LoggerFactory.getLogger(OrientationReader.class);
  private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);

  private OrientationReader() {}

  /**
   * Returns the orientation stored in the image, leaving the stream at position 0.
   *
   * @param formatName the decoder's format name, such as {@code JPEG} or {@code tif}
   */
  // NOTE: PNG eXIf chunks and WebP EXIF chunks are not read, so those images are taken as stored.
  static Orientation read(ImageInputStream stream, String formatName, String imageName) {
    String format = formatName.toLowerCase(Locale.ROOT);
    try {
      if (format.equals("jpeg") || format.equals("jpg")) {
        return fromJpeg(stream, imageName);
      }
      if (format.equals("tiff") || format.equals("tif")) {
        return fromTiffDirectory(new TIFFReader().read(stream), imageName);
      }
      return Orientation.NORMAL;
    } catch (IOException | RuntimeException e) {
      LOG.debug("Ignoring unreadable orientation metadata in {}: {}", imageName, e.toString());
      return Orientation.NORMAL;
    } finally {
      rewind(stream, imageName);
    }
  }

  private static Orientation fromJpeg(ImageInputStream stream, String imageName) throws IOException {
    List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(stream, JPEG.APP1, "Exif");
    for (JPEGSegment segment : segments) {
      byte[] payload = readAll(segment.segmentData());
      if (payload.length <= EXIF_HEADER.length
          || !Arrays.equals(payload, 0, EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length)) {
        LOG.debug("Ignoring an APP1 Exif segment without the Exif header in {}", imageName);
        continue;
      }
      try (ImageInputStream tiff = new ByteArrayImageInputStream(payload, EXIF_HEADER.length, payload.length - EXIF_HEADER.length)) {
        return fromTiffDirectory(new TIFFReader().read(tiff), imageName);
      }
    }
    return Orientation.NORMAL;
  }

  private static Orientation fromTiffDirectory(Directory directory, String imageName) {
    Directory first = directory instanceof CompoundDirectory compound && compound.directoryCount() > 0
        ? compound.getDirectory(0)
        : directory;
    Entry entry = first.getEntryById(TIFF.TAG_ORIENTATION);
    if (entry == null) {
      return Orientation.NORMAL;
    }
    if (!(entry.getValue() instanceof Number number)) {
      LOG.debug("Ignoring EXIF orientation {} of type {} in {}", entry.getValue(), entry.getTypeName(), imageName);
      return Orientation.NORMAL;
    }
    int value = number.intValue();
    if (value < 1 || value > 8) {
      LOG.debug("Ignoring EXIF orientation {} outside 1 to 8 in {}", value, imageName);
      return Orientation.NORMAL;
    }
    return Orientation.fromExif(value);
  }

  private static byte[] readAll(InputStream data) throws IOException {
    try (data) {
      return data.readAllBytes();
    }
  }

  private static void rewind(ImageInputStream stream, String imageName) {
    try {
      stream.seek(0);
    } catch (IOException e) {
      LOG.debug("Could not rewind {} after reading its metadata: {}", imageName, e.toString());
    }
  }
}
