package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.port.ReadImagePort;
import java.io.IOException;
import java.util.Iterator;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Test fake of the image port that reads sizes from image headers with the JDK's ImageIO; it cannot decode pixels. */
final class ImageIoSizes implements ReadImagePort {
  final AtomicInteger sizeReads = new AtomicInteger();

  @Override
  public RgbImage read(ImageReference image) {
    throw new UnsupportedOperationException("the importer reads sizes only");
  }

  @Override
  public ImageSize readSize(ImageReference image) {
    sizeReads.incrementAndGet();
    try (ImageInputStream input = ImageIO.createImageInputStream(image.toPath().toFile())) {
      Iterator<ImageReader> readers = input == null ? null : ImageIO.getImageReaders(input);
      if (readers == null || !readers.hasNext()) {
        throw new ImageReadException(ImageReadException.Reason.IMAGE_UNREADABLE, "image " + image + " is not in a supported format");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input);
        return new ImageSize(reader.getWidth(0), reader.getHeight(0));
      } finally {
        reader.dispose();
      }
    } catch (IOException e) {
      throw new ImageReadException(ImageReadException.Reason.IMAGE_UNREADABLE, "image " + image + " cannot be read: " + e.getMessage(), e);
    }
  }
}
