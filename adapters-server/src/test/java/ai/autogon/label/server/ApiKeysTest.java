package ai.autogon.label.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ApiKeysTest {
  @Test
  void readsKeyFileSkippingCommentsAndBlankLines(@TempDir Path dir) throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("keys"), "# team keys\n\n  alpha-key-1  \n#beta-key\nbeta-key-2\nalpha-key-1\n");

    // when
    var keys = ApiKeys.readKeyFile(file);

    // then
    assertThat(keys).containsExactlyInAnyOrder("alpha-key-1", "beta-key-2");
  }

  @Test
  void rejectsKeyWithSpaceNamingTheLine(@TempDir Path dir) throws IOException {
    // given
    Path file = Files.writeString(dir.resolve("keys"), "good-key\nbad key\n");

    // when / then
    assertThatThrownBy(() -> ApiKeys.readKeyFile(file))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API key file " + file + " line 2: an API key may contain only visible ASCII characters without "
            + "spaces, found a space at position 4");
  }

  @Test
  void rejectsMissingKeyFile(@TempDir Path dir) {
    // when / then
    assertThatThrownBy(() -> ApiKeys.readKeyFile(dir.resolve("none")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("API key file " + dir.resolve("none") + " does not exist");
  }

  @Test
  void parsesCommaSeparatedList() {
    // when / then
    assertThat(ApiKeys.parseList(" one-key , two-key,,")).containsExactlyInAnyOrder("one-key", "two-key");
    assertThat(ApiKeys.parseList(null)).isEmpty();
    assertThat(ApiKeys.parseList("  ")).isEmpty();
  }

  @Test
  void rejectsNonAsciiKeyWithoutShowingIt() {
    // when / then
    assertThatThrownBy(() -> ApiKeys.parseList("ok-key,s\u00e9cret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AUTOGON_SERVER_KEYS entry 2: an API key may contain only visible ASCII characters without spaces, "
            + "found U+00E9 at position 2");
  }
}
