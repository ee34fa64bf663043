package ai.autogon.label.storage.export;

import java.nio.file.Path;
import java.util.Objects;

/** Content of one export file and where it goes. */
record OutputFile(Path target, byte[] content) {
  OutputFile {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(content, "content");
  }
}
