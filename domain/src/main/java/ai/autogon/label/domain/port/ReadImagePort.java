package ai.autogon.label.domain.port;

import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;

/** Fetches and decodes images, upright (EXIF orientation applied). */
public interface ReadImagePort {
  /**
   * Reads an image from a file or URL.
   *
   * @throws ImageReadException naming the image when it cannot be fetched, is too large or cannot be decoded
   */
  RgbImage read(ImageReference image);

  /**
   * Reads only an image's upright size from its header, without decoding the pixels.
   *
   * @throws ImageReadException naming the image when it cannot be fetched or its header cannot be read
   */
  ImageSize readSize(ImageReference image);
}
