package ai.autogon.label.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.SaveModelPort.ModelFiles;
import ai.autogon.label.domain.port.StoredModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileModelRegistryTest {
  private static final Instant EARLY = Instant.parse("2026-12-01T08:00:00Z");
  private static final Instant LATE = Instant.parse("2026-12-03T08:00:00Z");

  @TempDir
  Path root;

  private FileModelRegistry registry() {
    return new FileModelRegistry(Workspace.open(root));
  }

  private static ModelFiles weights(String content) {
    return directory -> Files.writeString(directory.resolve("weights.pt"), content);
  }

  @Test
  void modelRoundTripsThroughJson() {
    // given
    FileModelRegistry registry = registry();
    TrainedModel model = Samples.model("cells-v1", EARLY);

    // when
    StoredModel saved = registry.saveModel(model, weights("w1"), false);
    StoredModel loaded = registry().loadModel(ModelName.of("cells-v1")).orElseThrow();

    // then
    assertThat(loaded).isEqualTo(saved);
    assertThat(loaded.model()).isEqualTo(model);
    assertThat(loaded.directory()).isEqualTo(root.resolve("models/cells-v1"));
    assertThat(loaded.directory().resolve("weights.pt")).hasContent("w1");
    assertThat(loaded.directory().resolve("model.json")).content()
        .contains("\"training_seconds\": 93.25", "\"map50_95\": 0.5", "\"per_class\": [", "\"base_model\": \"base-v1\"");
  }

  @Test
  void missingModelLoadsEmpty() {
    // when / then
    assertThat(registry().loadModel(ModelName.of("nothing"))).isEmpty();
  }

  @Test
  void listsNewestFirst() {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("older", EARLY), weights("a"), false);
    registry.saveModel(Samples.model("newer", LATE), weights("b"), false);

    // when / then
    assertThat(registry.listModels()).extracting(model -> model.name().value()).containsExactly("newer", "older");
  }

  @Test
  void savingOverExistingNameIsRefused() {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), weights("first"), false);

    // when / then
    assertThatThrownBy(() -> registry.saveModel(Samples.model("cells", LATE), weights("second"), false))
        .isInstanceOf(ConflictException.class)
        .hasMessage("model 'cells' already exists in " + root.resolve("models/cells")
            + "; choose another name or allow overwriting to replace it");
    assertThat(root.resolve("models/cells/weights.pt")).hasContent("first");
  }

  @Test
  void overwriteReplacesTheOldModel() throws IOException {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), directory -> {
      Files.writeString(directory.resolve("weights.pt"), "first");
      Files.writeString(directory.resolve("old-only.bin"), "x");
    }, false);

    // when
    registry.saveModel(Samples.model("cells", LATE), weights("second"), true);

    // then
    StoredModel loaded = registry.loadModel(ModelName.of("cells")).orElseThrow();
    assertThat(loaded.model().createdAt()).isEqualTo(LATE);
    assertThat(loaded.directory().resolve("weights.pt")).hasContent("second");
    assertThat(loaded.directory().resolve("old-only.bin")).doesNotExist();
    assertThat(modelsEntries()).containsExactly("cells");
  }

  @Test
  void writerFailingHalfwayKeepsPreviousModel() {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), weights("first"), false);
    ModelFiles failing = directory -> {
      Files.writeString(directory.resolve("weights.pt"), "half");
      throw new IOException("disk full");
    };

    // when / then
    assertThatThrownBy(() -> registry.saveModel(Samples.model("cells", LATE), failing, true))
        .isInstanceOf(StorageException.class)
        .hasMessageStartingWith("failed to write the files of model 'cells' to " + root.resolve("models/.tmp-cells-"))
        .hasMessageEndingWith(".part: disk full");
    assertThat(root.resolve("models/cells/weights.pt")).hasContent("first");
    assertThat(registry.loadModel(ModelName.of("cells")).orElseThrow().model().createdAt()).isEqualTo(EARLY);
    assertThat(modelsEntries()).containsExactly("cells");
  }

  @Test
  void writerThrowingUncheckedLeavesNothing() {
    // given
    FileModelRegistry registry = registry();
    ModelFiles failing = directory -> {
      throw new IllegalStateException("engine crashed");
    };

    // when / then
    assertThatThrownBy(() -> registry.saveModel(Samples.model("cells", LATE), failing, false))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("engine crashed");
    assertThat(registry.loadModel(ModelName.of("cells"))).isEmpty();
    assertThat(modelsEntries()).isEmpty();
  }

  @Test
  void crashedSaveDirectoryIsIgnoredThenCleaned() throws IOException {
    // given a save that crashed while the engine wrote weights
    registry().saveModel(Samples.model("cells", EARLY), weights("first"), false);
    Path leftover = root.resolve("models/.tmp-cells-0b7e4a52-2a51-4e8b-9d7e-1c7f3a0c2d11.part");
    Files.createDirectories(leftover);
    Files.writeString(leftover.resolve("weights.pt"), "half");

    // when
    int listed = registry().listModels().size();
    FileModelRegistry reopened = registry();

    // then
    assertThat(listed).isEqualTo(1);
    assertThat(leftover).doesNotExist();
    assertThat(reopened.loadModel(ModelName.of("cells")).orElseThrow().directory().resolve("weights.pt")).hasContent("first");
  }

  @Test
  void crashBetweenRenamesRestoresOldModel() throws IOException {
    // given an overwrite that crashed after moving the old model aside
    registry().saveModel(Samples.model("cells", EARLY), weights("first"), false);
    Path aside = root.resolve("models/.old-cells-0b7e4a52-2a51-4e8b-9d7e-1c7f3a0c2d11.part");
    Files.move(root.resolve("models/cells"), aside);

    // when
    FileModelRegistry reopened = registry();

    // then
    assertThat(aside).doesNotExist();
    assertThat(reopened.loadModel(ModelName.of("cells")).orElseThrow().directory().resolve("weights.pt")).hasContent("first");
  }

  @Test
  void nameThatEscapesIsRejected() {
    // given
    Workspace workspace = Workspace.open(root);

    // when / then
    assertThatThrownBy(() -> workspace.modelDirectory("../outside"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("model_name must be a plain name without '/', '\\', ':' or '..', got '../outside'");
    assertThatThrownBy(() -> workspace.modelDirectory(".."))
        .hasMessage("model_name must be a plain name without '/', '\\', ':' or '..', got '..'");
    assertThatThrownBy(() -> workspace.modelDirectory("/etc/passwd"))
        .hasMessage("model_name must be a plain name without '/', '\\', ':' or '..', got '/etc/passwd'");
    assertThatThrownBy(() -> workspace.modelDirectory("a\\b"))
        .hasMessage("model_name must be a plain name without '/', '\\', ':' or '..', got 'a\\b'");
    assertThatThrownBy(() -> workspace.modelDirectory("C:model"))
        .hasMessage("model_name must be a plain name without '/', '\\', ':' or '..', got 'C:model'");
    assertThatThrownBy(() -> workspace.modelDirectory(""))
        .hasMessage("model_name must be a non-empty name, got ''");
    assertThatThrownBy(() -> workspace.modelDirectory(".hidden"))
        .hasMessage("model_name must be 1 to 64 characters of A-Z, a-z, 0-9, '.', '_' or '-', not starting with '.', got '.hidden'");
    assertThat(workspace.modelDirectory("cells-v1.2")).isEqualTo(root.resolve("models/cells-v1.2"));
  }

  @Test
  void corruptModelFileNamesTheFile() throws IOException {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), weights("w"), false);
    Path file = root.resolve("models/cells/model.json");
    Files.writeString(file, "[1, 2]");

    // when / then
    assertThatThrownBy(() -> registry.loadModel(ModelName.of("cells")))
        .isInstanceOf(StorageException.class)
        .hasMessage("the model file " + file + " is invalid "
            + "(Expected BEGIN_OBJECT but was BEGIN_ARRAY at path $); restore it from a backup or delete it");
  }

  @Test
  void invalidTypeInModelFileNamesTheFile() throws IOException {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), weights("w"), false);
    Path file = root.resolve("models/cells/model.json");
    Files.writeString(file, Files.readString(file).replace("\"type\": \"small\"", "\"type\": \"huge\""));

    // when / then
    assertThatThrownBy(() -> registry.listModels())
        .isInstanceOf(StorageException.class)
        .hasMessage("the model file " + file + " is invalid "
            + "(model_type must be one of 'small', 'medium', 'large', got 'huge'); restore it from a backup or delete it");
  }

  @Test
  void modelFileInWrongDirectoryIsRejected() throws IOException {
    // given
    FileModelRegistry registry = registry();
    registry.saveModel(Samples.model("cells", EARLY), weights("w"), false);
    Files.move(root.resolve("models/cells"), root.resolve("models/copy"));

    // when / then
    assertThatThrownBy(() -> registry.loadModel(ModelName.of("copy")))
        .isInstanceOf(StorageException.class)
        .hasMessage("the model file " + root.resolve("models/copy/model.json")
            + " names model 'cells' but lies in directory 'copy'; rename the directory or fix the name in the file");
  }

  private java.util.List<String> modelsEntries() {
    try (Stream<Path> entries = Files.list(root.resolve("models"))) {
      return entries.map(path -> path.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
