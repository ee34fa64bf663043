package ai.autogon.label.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LabelConfigTest {
  private static final Path HOME = Path.of("/home/someone");

  @Test
  void defaultsToLocalBackendAndHomeWorkspace() {
    LabelConfig config = LabelConfig.builder().userHome(HOME).build();

    assertThat(config.backend()).isEqualTo(Backend.LOCAL);
    assertThat(config.workspace()).isEqualTo(HOME.resolve(".autogon-label"));
    assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.autogon.ai/api/v1/"));
    assertThat(config.apiKey()).isEmpty();
  }

  @Test
  void environmentOverridesDefaults() {
    Map<String, String> env = Map.of(
        "AUTOGON_BACKEND", "REMOTE",
        "AUTOGON_BASE_URL", "http://127.0.0.1:9000/api/v1",
        "AUTOGON_API_KEY", "env-key",
        "AUTOGON_HOME", "/data/ws");

    LabelConfig config = LabelConfig.builder().userHome(HOME).environment(env).build();

    assertThat(config.backend()).isEqualTo(Backend.REMOTE);
    assertThat(config.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9000/api/v1/"));
    assertThat(config.apiKey()).contains("env-key");
    assertThat(config.workspace()).isEqualTo(Path.of("/data/ws"));
  }

  @Test
  void flagsOverrideEnvironment() {
    Map<String, String> env = Map.of("AUTOGON_BACKEND", "remote", "AUTOGON_API_KEY", "env-key", "AUTOGON_HOME", "/data/ws");

    LabelConfig config = LabelConfig.builder()
        .userHome(HOME)
        .environment(env)
        .backend(Backend.LOCAL)
        .apiKey("flag-key")
        .workspace(Path.of("/flag/ws"))
        .build();

    assertThat(config.backend()).isEqualTo(Backend.LOCAL);
    assertThat(config.apiKey()).contains("flag-key");
    assertThat(config.workspace()).isEqualTo(Path.of("/flag/ws"));
  }

  @Test
  void maxLoadedModelsFromFlagEnvironmentOrDefault() {
    Map<String, String> env = Map.of("AUTOGON_MAX_LOADED_MODELS", "3");

    assertThat(LabelConfig.builder().userHome(HOME).build().maxLoadedModels()).isEqualTo(8);
    assertThat(LabelConfig.builder().userHome(HOME).environment(env).build().maxLoadedModels()).isEqualTo(3);
    assertThat(LabelConfig.builder().userHome(HOME).environment(env).maxLoadedModels(5).build().maxLoadedModels()).isEqualTo(5);
  }

  @Test
  void invalidMaxLoadedModelsNamesValueAndRule() {
    for (String text : new String[] {"0", "-2", "many"}) {
      Map<String, String> env = Map.of("AUTOGON_MAX_LOADED_MODELS", text);

      assertThatThrownBy(() -> LabelConfig.builder().userHome(HOME).environment(env).build())
          .as(text)
          .isInstanceOf(InvalidValueException.class)
          .hasMessage("max_loaded_models must be a whole number of at least 1 (set by serve --max-loaded-models or "
              + "AUTOGON_MAX_LOADED_MODELS), got '" + text + "'");
    }
    assertThatThrownBy(() -> LabelConfig.builder().userHome(HOME).maxLoadedModels(0).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("got '0'");
  }

  @Test
  void blankEnvironmentValuesAreIgnored() {
    LabelConfig config = LabelConfig.builder().userHome(HOME).environment(Map.of("AUTOGON_BACKEND", " ", "AUTOGON_HOME", "")).build();

    assertThat(config.backend()).isEqualTo(Backend.LOCAL);
    assertThat(config.workspace()).isEqualTo(HOME.resolve(".autogon-label"));
  }

  @Test
  void rejectsUnknownBackendFromEnvironment() {
    assertThatThrownBy(() -> LabelConfig.builder().environment(Map.of("AUTOGON_BACKEND", "cloud")).build())
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("backend must be 'local' or 'remote', got 'cloud'");
  }

  @Test
  void rejectsBaseUrlWithoutHttpScheme() {
    assertThatThrownBy(() -> LabelConfig.builder().baseUrl("ftp://127.0.0.1/api").build())
        .hasMessage("base_url must be an http or https URL such as https://api.autogon.ai/api/v1/, got 'ftp://127.0.0.1/api'");
  }

  @Test
  void toStringHidesTheApiKey() {
    LabelConfig config = LabelConfig.builder().userHome(HOME).apiKey("secret-123").build();

    assertThat(config.toString()).doesNotContain("secret-123").contains("apiKey=set");
  }
}
