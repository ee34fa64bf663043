package ai.autogon.label.storage.image;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Builds small test images in memory: encoded with ImageIO writers, or assembled byte by byte where none exists. */
final class TestImages {
  static final Color RED = new Color(255, 0, 0);
  static final Color GREEN = new Color(0, 255, 0);
  static final Color BLUE = new Color(0, 0, 255);

  /**
   * 8x4 lossless WebP, left half red and right half blue, made with {@code cwebp -lossless} (libwebp 1.2.4)
   * from a PNG of those colours, because no WebP writer exists for ImageIO.
   */
  static final byte[] WEBP_LOSSLESS_HALVES = Base64.getDecoder().decode(
      "UklGRh4AAABXRUJQVlA4TBIAAAAvB8AAAA8Q87//8x8O+hDR/wA=");
  /** The same picture as a lossy WebP, made with {@code cwebp -q 90} (libwebp 1.2.4). */
  static final byte[] WEBP_LOSSY_HALVES = Base64.getDecoder().decode(
      "UklGRloAAABXRUJQVlA4IE4AAAAwAwCdASoIAAQAAMASJagCdLoB+AFGA/ACu/9wABGB3KzAAP79nr/+cyG3/7tkSYKRP+uiftsiTBSJ"
          + "//Wjn/41LKEjlc3+NSyhI5feAAA=");

  /**
   * The lossless halves picture with an EXIF chunk holding orientation 6, added with {@code webpmux -set exif}
   * (libwebp 1.2.4).
   */
  static final byte[] WEBP_LOSSLESS_HALVES_ORIENTATION_6 = Base64.getDecoder().decode(
      "UklGRlIAAABXRUJQVlA4WAoAAAAIAAAABwAAAwAAVlA4TBIAAAAvB8AAAA8Q87//8x8O+hDR/wBFWElGGgAAAE1NACoAAAAIAAEBEgAD"
          + "AAAAAQAGAAAAAAAA");

  private TestImages() {}

  /** Returns a 3-byte BGR image of one colour. */
  static BufferedImage solid(int width, int height, Color color) {
    return filled(new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR), color);
  }

  static BufferedImage filled(BufferedImage image, Color color) {
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(color);
    graphics.fillRect(0, 0, image.getWidth(), image.getHeight());
    graphics.dispose();
    return image;
  }

  /** Returns an image whose left half is {@code left} and right half {@code right}. */
  static BufferedImage halves(int width, int height, Color left, Color right) {
    BufferedImage image = solid(width, height, right);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(left);
    graphics.fillRect(0, 0, width / 2, height);
    graphics.dispose();
    return image;
  }

  /**
   * Returns a blue 64x32 image with a red 16x16 block in the top-left corner and a green one in the top-right,
   * so that each of the eight orientations puts the two blocks in a different pair of corners.
   */
  static BufferedImage orientationMarkers() {
    BufferedImage image = solid(64, 32, BLUE);
    Graphics2D graphics = image.createGraphics();
    graphics.setColor(RED);
    graphics.fillRect(0, 0, 16, 16);
    graphics.setColor(GREEN);
    graphics.fillRect(48, 0, 16, 16);
    graphics.dispose();
    return image;
  }

  /** Encodes with the first ImageIO writer for the format. */
  static byte[] encode(BufferedImage image, String format) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      if (!ImageIO.write(image, format, bytes)) {
        throw new IllegalStateException("no ImageIO writer for " + format + " and " + image);
      }
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Encodes a baseline or progressive JPEG at the highest quality, so block colours stay close to exact. */
  static byte[] jpeg(BufferedImage image, boolean progressive) {
    return writeJpeg(new IIOImage(image, null, null), progressive);
  }

  /**
   * Encodes CMYK values (0 = no ink) as an Adobe-style CMYK JPEG. The JPEG writer stores the four channels as
   * given, and an Adobe APP14 marker with transform 0 marks them as CMYK stored inverted.
   */
  static byte[] cmykJpeg(int width, int height, int[][] cmykColumns) {
    var raster = Raster.createInterleavedRaster(java.awt.image.DataBuffer.TYPE_BYTE, width, height, 4, null);
    int columnWidth = width / cmykColumns.length;
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int[] cmyk = cmykColumns[Math.min(x / columnWidth, cmykColumns.length - 1)];
        raster.setPixel(x, y, new int[] {255 - cmyk[0], 255 - cmyk[1], 255 - cmyk[2], 255 - cmyk[3]});
      }
    }
    byte[] plain = writeJpeg(new IIOImage(raster, null, null), false);
    byte[] adobe = {(byte) 0xFF, (byte) 0xEE, 0, 14, 'A', 'd', 'o', 'b', 'e', 0, 100, 0, 0, 0, 0, 0};
    return insertAfterSoi(plain, adobe);
  }

  private static byte[] writeJpeg(IIOImage image, boolean progressive) {
    Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
    ImageWriter writer = writers.next();
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(1.0f);
      if (progressive) {
        param.setProgressiveMode(ImageWriteParam.MODE_DEFAULT);
      }
      writer.write(null, image, param);
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /** Returns a JPEG with an APP1 Exif segment holding one orientation entry, placed after SOI and any APP0. */
  static byte[] withExifOrientation(byte[] jpeg, int orientation, ByteOrder order) {
    return withExifPayload(jpeg, exifOrientation(orientation, order));
  }

  /** Returns a PNG with an eXIf chunk holding one orientation entry, placed right after the IHDR chunk. */
  static byte[] withPngExifOrientation(byte[] png, int orientation) {
    int afterHeader = 8 + 12 + 13;
    byte[] chunk = pngChunk("eXIf", exifOrientation(orientation, ByteOrder.BIG_ENDIAN));
    byte[] result = new byte[png.length + chunk.length];
    System.arraycopy(png, 0, result, 0, afterHeader);
    System.arraycopy(chunk, 0, result, afterHeader, chunk.length);
    System.arraycopy(png, afterHeader, result, afterHeader + chunk.length, png.length - afterHeader);
    return result;
  }

  /** Returns a TIFF structure whose first directory holds only the orientation tag. */
  private static byte[] exifOrientation(int orientation, ByteOrder order) {
    ByteBuffer tiff = ByteBuffer.allocate(26).order(order);
    tiff.put(order == ByteOrder.LITTLE_ENDIAN ? "II".getBytes(StandardCharsets.US_ASCII) : "MM".getBytes(StandardCharsets.US_ASCII));
    tiff.putShort((short) 42);
    tiff.putInt(8);
    tiff.putShort((short) 1);
    tiff.putShort((short) 0x0112);
    tiff.putShort((short) 3);
    tiff.putInt(1);
    tiff.putShort((short) orientation);
    tiff.putShort((short) 0);
    tiff.putInt(0);
    return tiff.array();
  }

  /** Returns a JPEG with an APP1 Exif segment around any bytes, for broken EXIF blocks. */
  static byte[] withExifPayload(byte[] jpeg, byte[] tiffBytes) {
    byte[] header = "Exif\0\0".getBytes(StandardCharsets.US_ASCII);
    int length = 2 + header.length + tiffBytes.length;
    ByteBuffer segment = ByteBuffer.allocate(2 + length);
    segment.put((byte) 0xFF).put((byte) 0xE1).putShort((short) length).put(header).put(tiffBytes);
    return insertAfterSoi(jpeg, segment.array());
  }

  private static byte[] insertAfterSoi(byte[] jpeg, byte[] segment) {
    int at = 2;
    if ((jpeg[2] & 0xFF) == 0xFF && (jpeg[3] & 0xFF) == 0xE0) {
      at = 4 + (((jpeg[4] & 0xFF) << 8) | (jpeg[5] & 0xFF));
    }
    byte[] result = new byte[jpeg.length + segment.length];
    System.arraycopy(jpeg, 0, result, 0, at);
    System.arraycopy(segment, 0, result, at, segment.length);
    System.arraycopy(jpeg, at, result, at + segment.length, jpeg.length - at);
    return result;
  }

  /** Returns whether the JPEG contains a progressive frame header (SOF2). */
  static boolean isProgressive(byte[] jpeg) {
    for (int i = 0; i + 1 < jpeg.length; i++) {
      if ((jpeg[i] & 0xFF) == 0xFF && (jpeg[i + 1] & 0xFF) == 0xC2) {
        return true;
      }
    }
    return false;
  }

  /** Writes a two-frame GIF, the first frame {@code first} and the second {@code second}. */
  static byte[] twoFrameGif(BufferedImage first, BufferedImage second) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
    try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.prepareWriteSequence(null);
      writer.writeToSequence(new IIOImage(first, null, null), null);
      writer.writeToSequence(new IIOImage(second, null, null), null);
      writer.endWriteSequence();
      out.flush();
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
  }

  /**
   * Assembles an uncompressed little-endian RGB TIFF with an Orientation tag, because the ImageIO TIFF
   * writers do not set that tag from a plain image.
   */
  static byte[] tiffWithOrientation(BufferedImage image, int orientation) {
    int width = image.getWidth();
    int height = image.getHeight();
    int entries = 10;
    int ifdOffset = 8;
    int bitsOffset = ifdOffset + 2 + entries * 12 + 4;
    int pixelOffset = bitsOffset + 6;
    int pixelBytes = width * height * 3;

    ByteBuffer tiff = ByteBuffer.allocate(pixelOffset + pixelBytes).order(ByteOrder.LITTLE_ENDIAN);
    tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(ifdOffset);
    tiff.putShort((short) entries);
    tiffEntry(tiff, 256, 4, 1, width);
    tiffEntry(tiff, 257, 4, 1, height);
    tiffEntry(tiff, 258, 3, 3, bitsOffset);
    tiffEntry(tiff, 259, 3, 1, 1);
    tiffEntry(tiff, 262, 3, 1, 2);
    tiffEntry(tiff, 273, 4, 1, pixelOffset);
    tiffEntry(tiff, 274, 3, 1, orientation);
    tiffEntry(tiff, 277, 3, 1, 3);
    tiffEntry(tiff, 278, 4, 1, height);
    tiffEntry(tiff, 279, 4, 1, pixelBytes);
    tiff.putInt(0);
    tiff.putShort((short) 8).putShort((short) 8).putShort((short) 8);
    for (int y = 0; y < height; y++) {
      for (int x = 0; x < width; x++) {
        int rgb = image.getRGB(x, y);
        tiff.put((byte) (rgb >> 16)).put((byte) (rgb >> 8)).put((byte) rgb);
      }
    }
    return tiff.array();
  }

  private static void tiffEntry(ByteBuffer tiff, int tag, int type, int count, int value) {
    tiff.putShort((short) tag).putShort((short) type).putInt(count);
    if (type == 3 && count == 1) {
      tiff.putShort((short) value).putShort((short) 0);
    } else {
      tiff.putInt(value);
    }
  }

  /** Assembles a PNG whose header claims the given size, followed by a few bytes of image data. */
  static byte[] pngHeaderClaiming(int width, int height) {
    ByteBuffer ihdr = ByteBuffer.allocate(13);
    ihdr.putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    png.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
    png.writeBytes(pngChunk("IHDR", ihdr.array()));
    png.writeBytes(pngChunk("IDAT", new byte[] {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01}));
    png.writeBytes(pngChunk("IEND", new byte[0]));
    return png.toByteArray();
  }

  private static byte[] pngChunk(String type, byte[] data) {
    byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
    CRC32 crc = new CRC32();
    crc.update(typeBytes);
    crc.update(data);
    return ByteBuffer.allocate(12 + data.length)
        .putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
  }
}
