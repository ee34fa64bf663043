package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.RemoteServiceException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.ImageError;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RemotePredictionTest {
  // The client sends image URLs as text and never fetches them, so reserved example domains do.
  private static final ImageReference FIRST = ImageReference.parse("https://example.org/a.jpg");
  private static final ImageReference MISSING = ImageReference.parse("https://example.org/missing.jpg");

  private static final String CONTRACT_RESPONSE = """
      {
        "status": true,
        "message": "ok",
        "took_ms": 41,
        "data": [
          {
            "image_url": "https://example.org/a.jpg",
            "width": 640, "height": 480,
            "annotations": [
              {"label": "WBC", "confidence": 0.93, "bbox": {"x": 260.0, "y": 177.0, "width": 231.0, "height": 199.0},
               "class_id": 2}
            ],
            "error": null
          },
          {
            "image_url": "https://example.org/missing.jpg",
            "width": null, "height": null, "annotations": [],
            "error": {"code": "image_unreachable", "message": "GET https://example.org/missing.jpg returned 404"}
          }
        ]
      }
      """;

  private MockLabelService service;

  @BeforeEach
  void startService() throws Exception {
    service = new MockLabelService();
  }

  @AfterEach
  void stopService() throws Exception {
    service.close();
  }

  @Test
  void predictSendsContractRequest() throws Exception {
    // given
    service.respond(200, CONTRACT_RESPONSE);
    PredictionRequest request = new PredictionRequest(
        AppId.of(34), List.of(FIRST, MISSING), ConfidenceThreshold.of(0.4), OverlapThreshold.of(0.5),
        ModelName.of("cells-small-1"), PredictionRequest.DEFAULT_MAX_DETECTIONS, false);

    // when
    service.client().predict(request);

    // then
    RecordedRequest recorded = service.takeRequest();
    assertThat(recorded.getMethod()).isEqualTo("POST");
    assertThat(recorded.getPath()).isEqualTo("/api/v1/label/model/predict/");
    assertThat(recorded.getHeader("X-AUG-KEY")).isEqualTo(MockLabelService.API_KEY);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("app_id", 34.0);
    expected.put("image_urls", List.of("https://example.org/a.jpg", "https://example.org/missing.jpg"));
    expected.put("confidence_thresh", 0.4);
    expected.put("overlap_thresh", 0.5);
    expected.put("model_name", "cells-small-1");
    assertThat(MockLabelService.jsonBody(recorded)).isEqualTo(expected);
  }

  @Test
  void predictUsesInjectedHttpClient() throws Exception {
    // given
    service.respond(200, CONTRACT_RESPONSE);
    OkHttpClient injected = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Trace", "t-1").build()))
        .build();
    RemoteLabelModelClient client = RemoteLabelModelClient.create(service.config().build(), injected);

    // when
    client.predict(request(FIRST, MISSING));

    // then
    RecordedRequest recorded = service.takeRequest();
    assertThat(recorded.getHeader("X-Trace")).isEqualTo("t-1");
    assertThat(recorded.getHeader("X-AUG-KEY")).isEqualTo(MockLabelService.API_KEY);
  }

  @Test
  void predictMapsResultsInRequestOrder() {
    // given
    service.respond(200, CONTRACT_RESPONSE);

    // when
    List<ImageAnnotations> results = service.client().predict(request(FIRST, MISSING));

    // then
    assertThat(results).containsExactly(
        ImageAnnotations.annotated(
            FIRST, 640, 480, List.of(new Annotation("WBC", 0.93, new BoundingBox(260, 177, 231, 199)))),
        ImageAnnotations.failed(
            MISSING, new ImageError("image_unreachable", "GET https://example.org/missing.jpg returned 404")));
  }

  @Test
  void predictTurnsInvalidEntryIntoFailedResult() {
    // given
    service.respond(200, """
        {"status": true, "data": [
          {"width": 640, "height": 480, "annotations": [
            {"label": "WBC", "confidence": 1.7, "bbox": {"x": 1, "y": 2, "width": 3, "height": 4}}]},
          {"width": 320, "height": 200, "annotations": []}
        ]}
        """);

    // when
    List<ImageAnnotations> results = service.client().predict(request(FIRST, MISSING));

    // then
    assertThat(results.get(0).error()).contains(new ImageError(
        "invalid_response",
        "the label-model service returned an invalid result for this image: "
            + "annotation 1: confidence must be between 0 and 1, got 1.7"));
    assertThat(results.get(1)).isEqualTo(ImageAnnotations.annotated(MISSING, 320, 200, List.of()));
  }

  @Test
  void predictFailsEntryWithoutSize() {
    // given
    service.respond(200, """
        {"status": true, "data": [{"annotations": []}]}
        """);

    // when
    List<ImageAnnotations> results = service.client().predict(request(FIRST));

    // then
    assertThat(results).containsExactly(ImageAnnotations.failed(FIRST, new ImageError(
        "invalid_response",
        "the label-model service returned an invalid result for this image: "
            + "the result has neither width and height nor an error")));
  }

  @Test
  void predictFillsMissingErrorCodeAndMessage() {
    // given
    service.respond(200, """
        {"status": true, "data": [{"error": {}}]}
        """);

    // when
    List<ImageAnnotations> results = service.client().predict(request(FIRST));

    // then
    assertThat(results).containsExactly(ImageAnnotations.failed(FIRST, new ImageError(
        "unknown_error", "the service reported an error for this image without a message")));
  }

  @Test
  void predictRejectsFewerResultsThanImages() {
    // given
    service.respond(200, """
        {"status": true, "data": [{"width": 640, "height": 480, "annotations": []}]}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().predict(request(FIRST, MISSING)))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid predict response "
            + "(HTTP 200): it has 1 result for 2 images, but the service must return one result per image in "
            + "request order");
  }

  @Test
  void predictRejectsMoreResultsThanImages() {
    // given
    service.respond(200, """
        {"status": true, "data": [{"width": 1, "height": 1}, {"width": 1, "height": 1}]}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().predict(request(FIRST)))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid predict response "
            + "(HTTP 200): it has 2 results for 1 image, but the service must return one result per image in "
            + "request order");
  }

  @Test
  void predictRejectsDataThatIsNotList() {
    // given
    service.respond(200, """
        {"status": true, "data": {"image_url": "https://example.org/a.jpg"}}
        """);

    // when / then
    assertThatThrownBy(() -> service.client().predict(request(FIRST)))
        .isInstanceOf(RemoteServiceException.class)
        .hasMessage("The label-model service at " + service.baseUrl() + " returned an invalid predict response "
            + "(HTTP 200): data is not a list");
  }

  private static PredictionRequest request(ImageReference... images) {
    return PredictionRequest.of(AppId.of(34), List.of(images), ModelName.of("cells-small-1"));
  }
}
