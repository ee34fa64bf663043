package ai.autogon.label.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.prediction.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YoloExportTest {
  @TempDir
  Path directory;

  @Test
  void writesNormalisedLabelFilesAndClassList() throws Exception {
    Path output = directory.resolve("labels");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.YOLO, output));

    try (var files = Files.list(output)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted())
          .containsExactly("a.txt", "b.txt", "classes.txt");
    }
    assertThat(Files.readString(output.resolve("classes.txt"))).isEqualTo("RBC\nWBC\n");
    assertThat(Files.readAllLines(output.resolve("a.txt"))).containsExactly(
        String.format(java.util.Locale.ROOT, "1 %.6f %.6f %.6f %.6f",
            (260.25 + 231.0 / 2) / 640, (177.5 + 199.75 / 2) / 480, 231.0 / 640, 199.75 / 480),
        "0 0.026016 0.049063 0.052031 0.098125");
    assertThat(Files.readString(output.resolve("b.txt"))).isEqualTo("0 0.250000 0.800000 0.300000 0.800000\n");
  }
}
