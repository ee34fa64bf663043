package ai.autogon.label.http;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Body of {@code POST label/model/predict/}.
 *
 * <p>The DTOs of this package are classes with fields rather than records, because Moshi 1.15.2 binds only public
 * records and these types stay package-private.
 */
final class PredictRequestJson {
  @Json(name = "app_id")
  final long appId;

  @Json(name = "image_urls")
  final List<String> imageUrls;

  @Json(name = "confidence_thresh")
  final double confidenceThresh;

  @Json(name = "overlap_thresh")
  final double overlapThresh;

  @Json(name = "model_name")
  final String modelName;

  PredictRequestJson(
      long appId, List<String> imageUrls, double confidenceThresh, double overlapThresh, String modelName) {
    this.appId = appId;
    this.imageUrls = List.copyOf(imageUrls);
    this.confidenceThresh = confidenceThresh;
    this.overlapThresh = overlapThresh;
    this.modelName = modelName;
  }
}
