package ai.autogon.label.storage.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelStudioExportTest {
  @TempDir
  Path directory;

  @Test
  @SuppressWarnings("unchecked")
  void writesOneTaskPerAnnotatedImage() throws Exception {
    Path output = directory.resolve("tasks.json");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.LABEL_STUDIO, output));

    List<Map<String, Object>> tasks = (List<Map<String, Object>>) ExportSamples.readJson(output);
    assertThat(tasks).hasSize(2);
    Map<String, Object> task = tasks.get(0);
    assertThat(task.get("data")).isEqualTo(Map.of("image", "http://127.0.0.1/scans/a.jpg"));
    assertThat(tasks.get(1).get("data")).isEqualTo(Map.of("image", "file:///data/scans/b.png"));

    List<Map<String, Object>> predictions = (List<Map<String, Object>>) task.get("predictions");
    assertThat(predictions).hasSize(1);
    Map<String, Object> prediction = predictions.get(0);
    assertThat(prediction.get("model_version")).isEqualTo("cells-v1");
    assertThat((double) prediction.get("score")).isCloseTo(0.7, within(1e-12));

    List<Map<String, Object>> regions = (List<Map<String, Object>>) prediction.get("result");
    assertThat(regions).hasSize(2);
    Map<String, Object> region = regions.get(0);
    assertThat(region).containsEntry("type", "rectanglelabels")
        .containsEntry("from_name", "label")
        .containsEntry("to_name", "image")
        .containsEntry("original_width", 640.0)
        .containsEntry("original_height", 480.0)
        .containsEntry("image_rotation", 0.0)
        .containsEntry("score", 0.9);
    Map<String, Object> value = (Map<String, Object>) region.get("value");
    assertThat(value).containsEntry("rotation", 0.0).containsEntry("rectanglelabels", List.of("WBC"));
    assertThat((double) value.get("x")).isCloseTo(260.25 / 640 * 100, within(1e-9));
  }

  @Test
  @SuppressWarnings("unchecked")
  void percentConvertsBackToSamePixels() throws Exception {
    Path output = directory.resolve("tasks.json");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.LABEL_STUDIO, output));

    List<Map<String, Object>> tasks = (List<Map<String, Object>>) ExportSamples.readJson(output);
    List<List<Annotation>> expected = List.of(ExportSamples.FIRST.annotations(), ExportSamples.SECOND.annotations());
    for (int t = 0; t < tasks.size(); t++) {
      Map<String, Object> prediction = ((List<Map<String, Object>>) tasks.get(t).get("predictions")).get(0);
      List<Map<String, Object>> regions = (List<Map<String, Object>>) prediction.get("result");
      assertThat(regions).hasSameSizeAs(expected.get(t));
      for (int r = 0; r < regions.size(); r++) {
        Map<String, Object> region = regions.get(r);
        Map<String, Object> value = (Map<String, Object>) region.get("value");
        double width = (double) region.get("original_width");
        double height = (double) region.get("original_height");
        BoundingBox box = expected.get(t).get(r).box();

        assertThat((double) value.get("x") * width / 100).isCloseTo(box.x(), within(1e-6));
        assertThat((double) value.get("y") * height / 100).isCloseTo(box.y(), within(1e-6));
        assertThat((double) value.get("width") * width / 100).isCloseTo(box.width(), within(1e-6));
        assertThat((double) value.get("height") * height / 100).isCloseTo(box.height(), within(1e-6));
      }
    }
  }
}
