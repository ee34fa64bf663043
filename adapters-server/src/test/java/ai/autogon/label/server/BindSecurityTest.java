package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Checks the key-or-loopback decision without binding to any address. */
class BindSecurityTest {
  @ParameterizedTest
  @ValueSource(strings = {"127.0.0.1", "127.0.0.2", "::1", "[::1]"})
  void allowsNoKeysOnLoopbackWithWarning(String host) {
    // when
    var warning = BindSecurity.checkKeys(host, false);

    // then
    assertThat(warning).hasValue("no API keys are configured, so every request to " + host + " is accepted without "
        + "X-AUG-KEY; this is allowed only on a loopback host. Set AUTOGON_SERVER_KEYS or a key file before binding "
        + "to another address");
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.0.0.0", "::", "10.0.0.5", "192.168.1.20", "fe80::1"})
  void rejectsKeylessNonLoopbackHost(String host) {
    // when / then
    assertThatThrownBy(() -> BindSecurity.checkKeys(host, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("cannot start without API keys on host '" + host + "' because other machines can reach it: "
            + "set AUTOGON_SERVER_KEYS or a key file, or bind to 127.0.0.1");
  }

  @Test
  void allowsAnyHostWithKeys() {
    // when / then
    assertThat(BindSecurity.checkKeys("0.0.0.0", true)).isEmpty();
  }

  @Test
  void builderRejectsKeylessAllInterfaces() {
    // given
    var builder = LabelModelServer.builder(new Fakes.Training(), new Fakes.Prediction()).host("0.0.0.0");

    // when / then: build() checks before anything binds
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("cannot start without API keys on host '0.0.0.0'");
  }

  @Test
  void keylessLoopbackServerAcceptsRequestsWithoutHeader() {
    // given
    Fakes.Prediction prediction = new Fakes.Prediction();
    prediction.behaviour = command -> List.of(ImageAnnotations.annotated(command.images().get(0), 4, 3, List.of()));
    try (LabelModelServer server = LabelModelServer.builder(new Fakes.Training(), prediction).apiKeys(Set.of()).start()) {
      HttpCalls http = new HttpCalls(server);

      // when
      var response = http.post("/api/v1/label/model/predict/",
          "{\"app_id\": 1, \"image_urls\": [\"https://images.invalid/a.jpg\"], \"model_name\": \"m\"}", null);

      // then
      assertThat(server.requiresApiKey()).isFalse();
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.body()).isEqualTo("{\"status\":true,\"message\":\"ok\",\"data\":[{\"image_url\":"
          + "\"https://images.invalid/a.jpg\",\"width\":4,\"height\":3,\"annotations\":[],\"error\":null}]}");
    }
  }
}
