package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorkspaceLocationTest {

  @Test
  void flagWinsOverEnvironment() {
    // when
    Path resolved = WorkspaceLocation.resolve("/data/flag", "/data/env", "/home/ada");

    // then
    assertThat(resolved).isEqualTo(Path.of("/data/flag"));
  }

  @Test
  void environmentUsedWithoutFlag() {
    // when
    Path resolved = WorkspaceLocation.resolve(null, "/data/env", "/home/ada");

    // then
    assertThat(resolved).isEqualTo(Path.of("/data/env"));
  }

  @Test
  void homeDirectoryIsTheDefault() {
    // when
    Path resolved = WorkspaceLocation.resolve(" ", "", "/home/ada");

    // then
    assertThat(resolved).isEqualTo(Path.of("/home/ada/.autogon-label"));
  }

  @Test
  void relativeFlagBecomesAbsolute() {
    // when
    Path resolved = WorkspaceLocation.resolve("work/../ws", null, "/home/ada");

    // then
    assertThat(resolved).isAbsolute().isEqualTo(Path.of("ws").toAbsolutePath());
  }

  @Test
  void unknownHomeIsRejected() {
    // when / then
    assertThatThrownBy(() -> WorkspaceLocation.resolve(null, null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the home directory is unknown, so the workspace needs --workspace or AUTOGON_HOME");
  }
}
