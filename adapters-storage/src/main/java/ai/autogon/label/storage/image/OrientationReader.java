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
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import javax.imageio.stream.ImageInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the EXIF orientation of JPEG, TIFF, PNG and WebP images without decoding pixels.
 *
 * <p>A missing, unreadable or out-of-range orientation counts as {@link Orientation#NORMAL}: a broken
 * metadata block must not make an otherwise readable image fail.
 */
final class OrientationReader {
  private static final Logger LOG = LoggerFactory.getLogger(OrientationReader.class);
  private static final byte[] EXIF_HEADER = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
  // IFD0, which contains the orientation, sits near the start, so a larger block is cut here rather than loaded whole.
  private static final int MAX_EXIF_BYTES = 1024 * 1024;
  private static final int MAX_CHUNKS = 10_000;

  private OrientationReader() {}

  /**
   * Returns the orientation stored in the image, leaving the stream at position 0 in its original byte order.
   *
   * @param formatName the decoder's format name, such as {@code JPEG}, {@code tif}, {@code png} or {@code webp}
   */
  static Orientation read(ImageInputStream stream, String formatName, String imageName) {
    ByteOrder order = stream.getByteOrder();
    try {
      return switch (formatName.toLowerCase(Locale.ROOT)) {
        case "jpeg", "jpg" -> fromJpeg(stream, imageName);
        case "tiff", "tif" -> fromTiffDirectory(new TIFFReader().read(stream), imageName);
        case "png" -> fromExif(pngExif(stream), imageName);
        case "webp" -> fromExif(webpExif(stream), imageName);
        default -> Orientation.NORMAL;
      };
    } catch (IOException | RuntimeException e) {
      LOG.debug("Ignoring unreadable orientation metadata in {}: {}", imageName, e.toString());
      return Orientation.NORMAL;
    } finally {
      rewind(stream, order, imageName);
    }
  }

  private static Orientation fromJpeg(ImageInputStream stream, String imageName) throws IOException {
    for (JPEGSegment segment : JPEGSegmentUtil.readSegments(stream, JPEG.APP1, "Exif")) {
      byte[] payload = readAll(segment.segmentData());
      if (!startsWithExifHeader(payload)) {
        LOG.debug("Ignoring an APP1 Exif segment without the Exif header in {}", imageName);
        continue;
      }
      return fromExif(payload, imageName);
    }
    return Orientation.NORMAL;
  }

  /** Returns the data of the first eXIf chunk before the image data, or null when there is none. */
  private static byte[] pngExif(ImageInputStream stream) throws IOException {
    stream.setByteOrder(ByteOrder.BIG_ENDIAN);
    stream.seek(8);
    for (int chunk = 0; chunk < MAX_CHUNKS; chunk++) {
      long length = stream.readUnsignedInt();
      String type = readFourCc(stream);
      if (type.equals("eXIf")) {
        return readBytes(stream, length);
      }
      // The PNG specification places eXIf before the first IDAT chunk, so the search ends there.
      if (type.equals("IDAT") || type.equals("IEND")) {
        return null;
      }
      stream.seek(stream.getStreamPosition() + length + 4);
    }
    return null;
  }

  /** Returns the data of the EXIF chunk of an extended WebP file, or null when there is none. */
  private static byte[] webpExif(ImageInputStream stream) throws IOException {
    stream.setByteOrder(ByteOrder.LITTLE_ENDIAN);
    stream.seek(12);
    long end = stream.length();
    for (int chunk = 0; chunk < MAX_CHUNKS && (end < 0 || stream.getStreamPosition() + 8 <= end); chunk++) {
      String fourCc = readFourCc(stream);
      long size = stream.readUnsignedInt();
      if (fourCc.equals("EXIF")) {
        return readBytes(stream, size);
      }
      // RIFF pads every chunk to an even length.
      stream.seek(stream.getStreamPosition() + size + (size & 1));
    }
    return null;
  }

  /** Reads the orientation from TIFF-structured EXIF data, with or without the {@code Exif\0\0} header. */
  private static Orientation fromExif(byte[] exif, String imageName) throws IOException {
    if (exif == null) {
      return Orientation.NORMAL;
    }
    int offset = startsWithExifHeader(exif) ? EXIF_HEADER.length : 0;
    try (ImageInputStream tiff = new ByteArrayImageInputStream(exif, offset, exif.length - offset)) {
      return fromTiffDirectory(new TIFFReader().read(tiff), imageName);
    }
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

  private static boolean startsWithExifHeader(byte[] data) {
    return data.length > EXIF_HEADER.length
        && Arrays.equals(data, 0, EXIF_HEADER.length, EXIF_HEADER, 0, EXIF_HEADER.length);
  }

  private static String readFourCc(ImageInputStream stream) throws IOException {
    byte[] fourCc = new byte[4];
    stream.readFully(fourCc);
    return new String(fourCc, StandardCharsets.US_ASCII);
  }

  private static byte[] readBytes(ImageInputStream stream, long length) throws IOException {
    byte[] data = new byte[(int) Math.min(length, MAX_EXIF_BYTES)];
    stream.readFully(data);
    return data;
  }

  private static byte[] readAll(InputStream data) throws IOException {
    try (data) {
      return data.readAllBytes();
    }
  }

  private static void rewind(ImageInputStream stream, ByteOrder order, String imageName) {
    try {
      stream.setByteOrder(order);
      stream.seek(0);
    } catch (IOException e) {
      LOG.debug("Could not rewind {} after reading its metadata: {}", imageName, e.toString());
    }
  }
}
