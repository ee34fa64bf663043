package ai.autogon.label.storage.image;

import ai.autogon.label.domain.image.RgbImage;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Converts decoded images to upright interleaved RGB bytes. */
final class RgbConversion {
  private RgbConversion() {}

  /**
   * Converts any decoded image to upright 8-bit RGB. Transparent pixels are composited on white,
   * so a transparent background reads as white rather than black.
   */
  static RgbImage toUprightRgb(BufferedImage decoded, Orientation orientation) {
    int width = decoded.getWidth();
    int height = decoded.getHeight();
    byte[] bgr = toBgrBytes(decoded);

    int uprightWidth = orientation.uprightWidth(width, height);
    int uprightHeight = orientation.uprightHeight(width, height);
    int start = orientation.start(width, height);
    int stepX = orientation.stepX(width);
    int stepY = orientation.stepY(width);

    byte[] rgb = new byte[bgr.length];
    int out = 0;
    for (int y = 0; y < uprightHeight; y++) {
      int source = start + y * stepY;
      for (int x = 0; x < uprightWidth; x++) {
        int in = source * 3;
        rgb[out] = bgr[in + 2];
        rgb[out + 1] = bgr[in + 1];
        rgb[out + 2] = bgr[in];
        out += 3;
        source += stepX;
      }
    }
    return new RgbImage(uprightWidth, uprightHeight, rgb);
  }

  /** Returns the pixels as B, G, R bytes row by row, reusing the decoder's buffer when it has that layout. */
  private static byte[] toBgrBytes(BufferedImage decoded) {
    int width = decoded.getWidth();
    int height = decoded.getHeight();
    if (decoded.getType() == BufferedImage.TYPE_3BYTE_BGR
        && decoded.getRaster().getParent() == null
        && decoded.getRaster().getDataBuffer() instanceof DataBufferByte buffer
        && buffer.getNumBanks() == 1
        && buffer.getOffset() == 0
        && buffer.getData().length == width * height * 3) {
      return buffer.getData();
    }

    // Java2D converts every colour model here: palette, grey, 16-bit, alpha and colour-managed spaces.
    BufferedImage bgr = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
    Graphics2D graphics = bgr.createGraphics();
    try {
      graphics.setColor(Color.WHITE);
      graphics.fillRect(0, 0, width, height);
      graphics.drawImage(decoded, 0, 0, null);
    } finally {
      graphics.dispose();
    }
    return ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
  }
}
