package ai.autogon.label.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.ModelType;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValueObjectsTest {

  @ParameterizedTest
  @ValueSource(strings = {"small", "SMALL", " Small "})
  void modelTypeParsesIgnoringCase(String text) {
    assertThat(ModelType.parse(text)).isEqualTo(ModelType.SMALL);
  }

  @Test
  void modelTypeRejectsUnknownName() {
    assertThatThrownBy(() -> ModelType.parse("huge"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("model_type must be one of 'small', 'medium', 'large', got 'huge'")
        .extracting(e -> ((InvalidValueException) e).field()).isEqualTo("model_type");
  }

  @Test
  void modelTypeRejectsNull() {
    assertThatThrownBy(() -> ModelType.parse(null))
        .hasMessage("model_type must be one of 'small', 'medium', 'large', got null");
  }

  @ParameterizedTest
  @ValueSource(strings = {"a", "cells-v1", "cells_v1.2", "A.b-c_9"})
  void modelNameAcceptsSafeNames(String text) {
    assertThat(new ModelName(text).value()).isEqualTo(text);
  }

  @Test
  void modelNameAcceptsSixtyFourCharacters() {
    assertThat(new ModelName("a".repeat(64)).value()).hasSize(64);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", ".hidden", "..", "../x", "a/b", "a\\b", "/abs", "with space", "ümlaut", "C:x"})
  void modelNameRejectsUnsafeNames(String text) {
    assertThatThrownBy(() -> new ModelName(text))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageStartingWith("model_name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not starting with '.', got '");
  }

  @Test
  void modelNameRejectsSixtyFiveCharacters() {
    assertThatThrownBy(() -> new ModelName("a".repeat(65))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void modelNameParseReportsTheGivenField() {
    assertThatThrownBy(() -> ModelName.parse("model_save_name", "../x"))
        .hasMessage("model_save_name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not starting with '.', got '../x'");
  }

  @Test
  void projectIdRejectsZero() {
    assertThatThrownBy(() -> new ProjectId(0)).hasMessage("project_id must be a positive integer, got 0");
  }

  @Test
  void appIdRejectsNegative() {
    assertThatThrownBy(() -> new AppId(-3)).hasMessage("app_id must be a positive integer, got -3");
  }

  @Test
  void thresholdsAcceptBounds() {
    assertThat(new ConfidenceThreshold(0).value()).isZero();
    assertThat(new ConfidenceThreshold(1).value()).isEqualTo(1);
    assertThat(new OverlapThreshold(0).value()).isZero();
    assertThat(new OverlapThreshold(1).value()).isEqualTo(1);
  }

  @Test
  void overlapRejectsAboveOne() {
    assertThatThrownBy(() -> new OverlapThreshold(1.5)).hasMessage("overlap_thresh must be between 0 and 1, got 1.5");
  }

  @Test
  void confidenceRejectsNegativeAndNaN() {
    assertThatThrownBy(() -> new ConfidenceThreshold(-0.1)).hasMessage("confidence_thresh must be between 0 and 1, got -0.1");
    assertThatThrownBy(() -> new ConfidenceThreshold(Double.NaN)).hasMessage("confidence_thresh must be between 0 and 1, got NaN");
  }

  @Test
  void thresholdDefaultsMatchTheContract() {
    assertThat(ConfidenceThreshold.DEFAULT.value()).isEqualTo(0.25);
    assertThat(OverlapThreshold.DEFAULT.value()).isEqualTo(0.45);
  }

  @Test
  void imageReferenceAcceptsHttpHttpsAndFile() {
    assertThat(ImageReference.parse("https://example.org/a.jpg?sig=1").uri().getQuery()).isEqualTo("sig=1");
    assertThat(ImageReference.parse("http://127.0.0.1:8080/a.png").isFile()).isFalse();
    assertThat(ImageReference.parse("file:/tmp/a.png").isFile()).isTrue();
  }

  @Test
  void imageReferenceFromPathIsAbsoluteFileUri() {
    ImageReference reference = ImageReference.of(Path.of("some dir", "ä.jpg"));

    assertThat(reference.isFile()).isTrue();
    assertThat(reference.toPath()).isEqualTo(Path.of("some dir", "ä.jpg").toAbsolutePath());
  }

  @Test
  void imageReferenceRejectsOtherSchemes() {
    assertThatThrownBy(() -> ImageReference.parse("ftp://example.org/a.jpg"))
        .hasMessage("image_urls must be an absolute http, https or file URI, got 'ftp://example.org/a.jpg'");
  }

  @Test
  void imageReferenceRejectsRelativeAndBlank() {
    assertThatThrownBy(() -> ImageReference.parse("a.jpg"))
        .hasMessage("image_urls must be an absolute http, https or file URI, got 'a.jpg'");
    assertThatThrownBy(() -> ImageReference.parse(" ")).hasMessage("image_urls must be a non-empty URL, got ' '");
  }

  @Test
  void imageReferenceRejectsUrlWithoutHost() {
    assertThatThrownBy(() -> ImageReference.parse("http:///a.jpg"))
        .hasMessage("image_urls must be a URL with a host name, got 'http:///a.jpg'");
  }
}
