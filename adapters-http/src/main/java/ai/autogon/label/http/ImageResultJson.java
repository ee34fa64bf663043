package ai.autogon.label.http;

import com.squareup.moshi.Json;
import java.util.List;

/** One entry of a prediction response's {@code data} array. A missing field is {@code null}. */
final class ImageResultJson {
  @Json(name = "image_url")
  String imageUrl;

  Integer width;
  Integer height;
  List<AnnotationJson> annotations;
  ErrorJson error;

  /** One detected object. */
  static final class AnnotationJson {
    String label;
    Double confidence;
    BoxJson bbox;
  }

  /** Box in image pixels with its top-left corner at {@code x}, {@code y}. */
  static final class BoxJson {
    Double x;
    Double y;
    Double width;
    Double height;
  }

  /** Error that kept the service from annotating the image. */
  static final class ErrorJson {
    String code;
    String message;
  }
}
