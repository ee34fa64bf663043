package ai.autogon.label.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnnotationExporterTest {
  @TempDir
  Path directory;

  @Test
  @SuppressWarnings("unchecked")
  void jsonKeepsFailedImagesWithError() throws Exception {
    Path output = directory.resolve("predictions.json");

    List<Path> written = new AnnotationExporter().export(ExportSamples.export(ExportFormat.JSON, output));

    assertThat(written).containsExactly(output);
    List<Map<String, Object>> data = (List<Map<String, Object>>) ExportSamples.readJson(output);
    assertThat(data).hasSize(3);
    assertThat(data.get(0)).containsEntry("image_url", "http://127.0.0.1/scans/a.jpg").containsEntry("error", null);
    assertThat(data.get(1)).containsEntry("width", null).containsEntry("annotations", List.of())
        .containsEntry("error", Map.of("code", "image_unreachable",
            "message", "GET http://127.0.0.1/scans/missing.jpg returned 404"));
    assertThat((List<Object>) data.get(2).get("annotations")).containsExactly(Map.of("label", "RBC", "confidence", 0.7,
        "bbox", Map.of("x", 10.0, "y", 20.0, "width", 30.0, "height", 40.0)));
  }

  @Test
  void existingFileRejectedAndKept() throws Exception {
    Path output = directory.resolve("tasks.json");
    Files.writeString(output, "mine");

    assertThatThrownBy(() -> new AnnotationExporter().export(ExportSamples.export(ExportFormat.LABEL_STUDIO, output)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cannot write " + output + ": the file already exists; choose another output path or pass "
            + "--overwrite-output to replace it");
    assertThat(Files.readString(output)).isEqualTo("mine");
  }

  @Test
  void existingLabelFileStopsWholeDirectoryExport() throws Exception {
    Path output = directory.resolve("labels");
    Files.createDirectories(output);
    Files.writeString(output.resolve("b.txt"), "mine");

    assertThatThrownBy(() -> new AnnotationExporter().export(ExportSamples.export(ExportFormat.YOLO, output)))
        .isInstanceOf(ConflictException.class)
        .hasMessage("cannot write " + output.resolve("b.txt") + ": the file already exists; choose another output "
            + "path or pass --overwrite-output to replace it");
    try (var files = Files.list(output)) {
      assertThat(files).containsExactly(output.resolve("b.txt"));
    }
  }

  @Test
  void overwriteReplacesAtomically() throws Exception {
    Path output = directory.resolve("coco.json");
    Files.writeString(output, "old");
    AnnotationExport export = new AnnotationExport(ExportFormat.COCO, ExportSamples.RESULTS, ExportSamples.MODEL,
        ExportSamples.CLASSES, output, true);

    new AnnotationExporter().export(export);

    assertThat(Files.readString(output)).startsWith("{").contains("\"categories\"");
    try (var files = Files.list(directory)) {
      assertThat(files).containsExactly(output);
    }
  }

  @Test
  void directoryGivenForFileFormatRejected() {
    assertThatThrownBy(() -> new AnnotationExporter().export(ExportSamples.export(ExportFormat.COCO, directory)))
        .isInstanceOf(StorageException.class)
        .hasMessage("cannot export coco to " + directory + ": it is a directory, but this format writes one file; "
            + "give a file path such as " + directory.resolve("predictions.json"));
  }

  @Test
  void fileGivenForDirectoryFormatRejected() throws Exception {
    Path output = directory.resolve("labels.txt");
    Files.writeString(output, "mine");

    assertThatThrownBy(() -> new AnnotationExporter().export(ExportSamples.export(ExportFormat.PASCAL_VOC, output)))
        .isInstanceOf(StorageException.class)
        .hasMessage("cannot export voc to " + output + ": it is a file, but this format writes a directory of files; "
            + "give a directory path");
  }

  @Test
  void missingParentDirectoriesCreated() throws Exception {
    Path output = directory.resolve("out").resolve("run-1").resolve("tasks.json");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.LABEL_STUDIO, output));

    assertThat(output).isRegularFile();
  }
}
