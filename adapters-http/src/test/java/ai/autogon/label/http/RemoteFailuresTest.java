package ai.autogon.label.http;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.error.RemoteServiceException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RemoteFailuresTest {
  private static final String KEY = "unit-key-0a7d";
  private static final RemoteLabelModelConfig CONFIG = RemoteLabelModelConfig.builder()
      .apiKey(KEY).baseUrl("http://127.0.0.1:9/api/v1").connectTimeout(Duration.ofSeconds(4)).build();

  private final RemoteFailures failures = new RemoteFailures(CONFIG);

  @Test
  void connectTimeoutNamesConnectTimeout() {
    // when
    RemoteServiceException failure =
        failures.transportFailed(Endpoint.TRAIN, new SocketTimeoutException("Connect timed out"));

    // then
    assertThat(failure).hasMessage("Connecting to the label-model service at http://127.0.0.1:9/api/v1/ timed out "
        + "after the connect timeout of 4 s. Check the base URL and that the service is running and reachable "
        + "from this machine");
    assertThat(failure.httpStatus()).isEmpty();
  }

  @Test
  void unknownHostNamesBaseUrl() {
    // when
    RemoteServiceException failure =
        failures.transportFailed(Endpoint.PREDICT, new UnknownHostException("label.invalid"));

    // then
    assertThat(failure).hasMessage("Could not reach the label-model service at http://127.0.0.1:9/api/v1/: unknown "
        + "host (label.invalid). Check the base URL and this machine's network connection");
  }

  @Test
  void redactReplacesEveryKeyOccurrence() {
    // when
    String text = failures.redact("key " + KEY + " and again " + KEY);

    // then
    assertThat(text).isEqualTo("key (redacted API key) and again (redacted API key)");
  }

  @Test
  void formatShowsLargestUnitsFirst() {
    assertThat(RemoteFailures.format(Duration.ofHours(2))).isEqualTo("2 h");
    assertThat(RemoteFailures.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(RemoteFailures.format(Duration.ofSeconds(30))).isEqualTo("30 s");
    assertThat(RemoteFailures.format(Duration.ofMillis(1500))).isEqualTo("1 s 500 ms");
    assertThat(RemoteFailures.format(Duration.ofMillis(200))).isEqualTo("200 ms");
    assertThat(RemoteFailures.format(Duration.ofNanos(10))).isEqualTo("0 ms");
  }
}
