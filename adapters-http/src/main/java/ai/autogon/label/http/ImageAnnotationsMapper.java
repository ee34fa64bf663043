package ai.autogon.label.http;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import ai.autogon.label.domain.prediction.PredictionRequest;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.Moshi;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Maps the {@code data} array of a prediction response to one {@link ImageAnnotations} per requested image.
 *
 * <p>Entries are matched to images by position, as the contract returns them in request order. An entry that
 * cannot be read becomes a failed result with code {@value #INVALID_RESPONSE}, so it does not abort the batch.
 */
final class ImageAnnotationsMapper {
  static final String INVALID_RESPONSE = "invalid_response";
  static final String UNKNOWN_ERROR = "unknown_error";

  private static final Logger LOG = LoggerFactory.getLogger(ImageAnnotationsMapper.class);

  private final JsonAdapter<ImageResultJson> adapter;
  private final RemoteFailures failures;

  ImageAnnotationsMapper(Moshi moshi, RemoteFailures failures) {
    this.adapter = moshi.adapter(ImageResultJson.class);
    this.failures = failures;
  }

  List<ImageAnnotations> map(PredictionRequest request, ResponseData response) {
    if (!(response.data() instanceof List<?> entries)) {
      throw failures.invalidResponse(Endpoint.PREDICT, response.httpStatus(), "data is not a list", null);
    }
    List<ImageReference> images = request.images();
    if (entries.size() != images.size()) {
      throw failures.invalidResponse(
          Endpoint.PREDICT, response.httpStatus(),
          "it has " + count(entries.size(), "result") + " for " + count(images.size(), "image")
              + ", but the service must return one result per image in request order",
          null);
    }

    List<ImageAnnotations> results = new ArrayList<>(images.size());
    for (int i = 0; i < images.size(); i++) {
      results.add(mapEntry(i + 1, images.get(i), entries.get(i)));
    }
    return results;
  }

  private ImageAnnotations mapEntry(int position, ImageReference image, Object entry) {
    try {
      ImageResultJson json = adapter.fromJsonValue(entry);
      if (json == null) {
        return invalid(position, image, "the result is null");
      }
      if (json.error != null) {
        return ImageAnnotations.failed(image, imageError(json.error));
      }
      if (json.width == null || json.height == null) {
        return invalid(position, image, "the result has neither width and height nor an error");
      }
      return ImageAnnotations.annotated(image, json.width, json.height, annotations(json.annotations));
    } catch (JsonDataException | IllegalArgumentException | InvalidValueException e) {
      return invalid(position, image, e.getMessage());
    }
  }

  private static List<Annotation> annotations(List<ImageResultJson.AnnotationJson> entries) {
    if (entries == null) {
      return List.of();
    }
    List<Annotation> annotations = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      annotations.add(annotation(i + 1, entries.get(i)));
    }
    return annotations;
  }

  private static Annotation annotation(int number, ImageResultJson.AnnotationJson json) {
    String prefix = "annotation " + number + ": ";
    if (json == null || json.confidence == null || json.bbox == null) {
      throw new IllegalArgumentException(prefix + "label, confidence and bbox are required");
    }
    ImageResultJson.BoxJson box = json.bbox;
    if (box.x == null || box.y == null || box.width == null || box.height == null) {
      throw new IllegalArgumentException(prefix + "bbox needs x, y, width and height");
    }
    try {
      return new Annotation(json.label, json.confidence, new BoundingBox(box.x, box.y, box.width, box.height));
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException(prefix + e.getMessage(), e);
    }
  }

  private static ImageError imageError(ImageResultJson.ErrorJson json) {
    String code = json.code == null || json.code.isBlank() ? UNKNOWN_ERROR : json.code;
    String message = json.message == null || json.message.isBlank()
        ? "the service reported an error for this image without a message"
        : json.message;
    return new ImageError(code, message);
  }

  private static String count(int number, String noun) {
    return number + " " + (number == 1 ? noun : noun + "s");
  }

  private static ImageAnnotations invalid(int position, ImageReference image, String problem) {
    String message = "the label-model service returned an invalid result for this image: " + problem;
    // The log shows the position instead of the URL, because a URL may carry a signed token.
    LOG.warn("Prediction result {} is invalid: {}", position, problem);
    return ImageAnnotations.failed(image, new ImageError(INVALID_RESPONSE, message));
  }
}
