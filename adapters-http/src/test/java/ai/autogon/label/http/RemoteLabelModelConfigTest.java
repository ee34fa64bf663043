package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class RemoteLabelModelConfigTest {
  private static final String KEY = "cfg-key-93be10";

  @Test
  void defaultsMatchContract() {
    // when
    RemoteLabelModelConfig config = RemoteLabelModelConfig.builder().apiKey(KEY).build();

    // then
    assertThat(config.baseUrl()).isEqualTo("https://api.autogon.ai/api/v1/");
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.predictReadTimeout()).isEqualTo(Duration.ofMinutes(5));
    assertThat(config.trainReadTimeout()).isEqualTo(Duration.ofHours(2));
  }

  @Test
  void baseUrlGetsTrailingSlash() {
    // when
    RemoteLabelModelConfig withoutSlash = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl("http://127.0.0.1:8080/api/v1").build();
    RemoteLabelModelConfig withSlash = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl(" http://127.0.0.1:8080/api/v1/ ").build();
    RemoteLabelModelConfig hostOnly = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl("http://127.0.0.1:8080").build();

    // then
    assertThat(withoutSlash.baseUrl()).isEqualTo("http://127.0.0.1:8080/api/v1/");
    assertThat(withSlash.baseUrl()).isEqualTo("http://127.0.0.1:8080/api/v1/");
    assertThat(hostOnly.baseUrl()).isEqualTo("http://127.0.0.1:8080/");
  }

  @Test
  void toStringHidesApiKey() {
    // given
    RemoteLabelModelConfig config = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl("http://127.0.0.1:8080/api/v1/").connectTimeout(Duration.ofSeconds(3)).build();

    // when
    String text = config.toString();

    // then
    assertThat(text).isEqualTo("RemoteLabelModelConfig{baseUrl=http://127.0.0.1:8080/api/v1/, apiKey=(redacted), "
        + "connectTimeout=PT3S, predictReadTimeout=PT5M, trainReadTimeout=PT2H}");
    assertThat(text).doesNotContain(KEY);
  }

  @Test
  void clientToStringHidesApiKey() {
    // given
    RemoteLabelModelConfig config = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl("http://127.0.0.1:8080/api/v1/").build();

    // when
    String text = RemoteLabelModelClient.create(config).toString();

    // then
    assertThat(text).startsWith("RemoteLabelModelClient{RemoteLabelModelConfig{baseUrl=http://127.0.0.1:8080/api/v1/");
    assertThat(text).doesNotContain(KEY);
  }

  @Test
  void toStringRedactsUserInfoOfBaseUrl() {
    // given
    RemoteLabelModelConfig config = RemoteLabelModelConfig.builder()
        .apiKey(KEY).baseUrl("http://alice:s3cret@127.0.0.1:8080/api/v1/").build();

    // when
    String text = config.toString();

    // then
    assertThat(text).contains("baseUrl=http://redacted@127.0.0.1:8080/api/v1/");
    assertThat(text).doesNotContain("s3cret");
  }

  @Test
  void rejectsMissingApiKey() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("api_key is missing: the remote backend needs the API key that the label-model service issued (--api-key or env AUTOGON_API_KEY)");
  }

  @Test
  void rejectsBlankApiKey() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().apiKey("  "))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("api_key is empty: set the API key that the label-model service issued");
  }

  @Test
  void rejectsApiKeyWithLineBreak() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().apiKey("abc\ndef"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("api_key contains a character that an HTTP header cannot carry at position 4: "
            + "use only printable ASCII without spaces");
  }

  @Test
  void trimsApiKey() throws Exception {
    // given
    try (MockLabelService service = new MockLabelService()) {
      service.respond(200, "{\"status\": true, \"data\": [{\"width\": 1, \"height\": 1}]}");
      RemoteLabelModelConfig config = service.config().apiKey("  " + KEY + "\n").build();

      // when
      RemoteLabelModelClient.create(config).predict(PredictionRequest.of(
          AppId.of(1), List.of(ImageReference.parse("https://example.org/a.jpg")), ModelName.of("m")));

      // then
      assertThat(service.takeRequest().getHeader("X-AUG-KEY")).isEqualTo(KEY);
    }
  }

  @Test
  void rejectsBaseUrlWithOtherScheme() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().baseUrl("ftp://127.0.0.1/api/v1/"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("base_url must be an absolute http or https URL without query or fragment, such as "
            + "https://api.autogon.ai/api/v1/, got 'ftp://127.0.0.1/api/v1/'");
  }

  @Test
  void rejectsBaseUrlWithQuery() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().baseUrl("http://127.0.0.1/api/v1/?key=x"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("base_url must be an absolute http or https URL without query or fragment, such as "
            + "https://api.autogon.ai/api/v1/, got 'http://127.0.0.1/api/v1/?key=x'");
  }

  @Test
  void rejectsZeroTimeout() {
    // when / then
    assertThatThrownBy(() -> RemoteLabelModelConfig.builder().trainReadTimeout(Duration.ZERO))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("train_read_timeout must be a positive duration, got PT0S");
  }
}
