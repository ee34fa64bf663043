package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
  @TempDir
  Path directory;

  @Test
  void writeReplacesContentAndLeavesNoTemporary() throws IOException {
    // given
    Path target = directory.resolve("project.json");
    Files.writeString(target, "old");

    // when
    AtomicFiles.write(target, "new".getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(target).hasContent("new");
    try (Stream<Path> entries = Files.list(directory)) {
      assertThat(entries).containsExactly(target);
    }
  }

  @Test
  void writeCreatesMissingTarget() throws IOException {
    // given
    Path target = directory.resolve("workspace.json");

    // when
    AtomicFiles.write(target, "{}".getBytes(StandardCharsets.UTF_8));

    // then
    assertThat(target).hasContent("{}");
  }

  @Test
  void temporaryNamesAreRecognised() {
    // given
    String temporary = AtomicFiles.tempName("project.json");

    // when / then
    assertThat(temporary).startsWith(".tmp-project.json-").endsWith(".part");
    assertThat(AtomicFiles.isTemporary(temporary)).isTrue();
    assertThat(AtomicFiles.isTemporary("project.json")).isFalse();
  }

  @Test
  void listingSkipsTemporaryAndHiddenEntries() throws IOException {
    // given
    Files.createDirectory(directory.resolve("b"));
    Files.createDirectory(directory.resolve("a"));
    Files.createDirectory(directory.resolve(AtomicFiles.tempName("c")));
    Files.createDirectory(directory.resolve(".old-d-x.part"));

    // when / then
    assertThat(AtomicFiles.listEntries(directory)).containsExactly(directory.resolve("a"), directory.resolve("b"));
  }
}
