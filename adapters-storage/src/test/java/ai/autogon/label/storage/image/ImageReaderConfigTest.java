package ai.autogon.label.storage.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.port.ImageSourcePolicy;
import java.time.Duration;
import okhttp3.Dns;
import org.junit.jupiter.api.Test;

class ImageReaderConfigTest {
  @Test
  void defaultsAllowEverySourceWithinLimits() {
    // when
    ImageReaderConfig config = ImageReaderConfig.defaults();

    // then
    assertThat(config.maxPixels()).isEqualTo(100_000_000L);
    assertThat(config.maxDownloadBytes()).isEqualTo(50L * 1024 * 1024);
    assertThat(config.maxRedirects()).isEqualTo(5);
    assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(config.policy()).isSameAs(ImageSourcePolicy.ALLOW_ALL);
    assertThat(config.dns()).isSameAs(Dns.SYSTEM);
    assertThat(config.httpClient()).isEmpty();
  }

  @Test
  void toBuilderKeepsOtherSettings() {
    // given
    ImageReaderConfig original = ImageReaderConfig.builder().maxPixels(500).maxRedirects(1).build();

    // when
    ImageReaderConfig changed = original.toBuilder().maxDownloadBytes(2000).build();

    // then
    assertThat(changed.maxPixels()).isEqualTo(500);
    assertThat(changed.maxRedirects()).isEqualTo(1);
    assertThat(changed.maxDownloadBytes()).isEqualTo(2000);
    assertThat(original.maxDownloadBytes()).isEqualTo(ImageReaderConfig.DEFAULT_MAX_DOWNLOAD_BYTES);
  }

  @Test
  void rejectsNonPositivePixelLimit() {
    assertThatThrownBy(() -> ImageReaderConfig.builder().maxPixels(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxPixels must be positive, got 0");
  }

  @Test
  void rejectsNonPositiveDownloadLimit() {
    assertThatThrownBy(() -> ImageReaderConfig.builder().maxDownloadBytes(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxDownloadBytes must be positive, got -1");
  }

  @Test
  void rejectsNegativeRedirectLimit() {
    assertThatThrownBy(() -> ImageReaderConfig.builder().maxRedirects(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRedirects must be 0 or more, got -1");
  }

  @Test
  void rejectsZeroTimeout() {
    assertThatThrownBy(() -> ImageReaderConfig.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout must be positive, got PT0S");
  }
}
