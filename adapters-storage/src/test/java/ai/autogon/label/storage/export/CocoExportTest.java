package ai.autogon.label.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.prediction.ExportFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CocoExportTest {
  @TempDir
  Path directory;

  @Test
  @SuppressWarnings("unchecked")
  void writesImagesCategoriesAndScoredAnnotations() throws Exception {
    Path output = directory.resolve("coco.json");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.COCO, output));

    Map<String, Object> document = (Map<String, Object>) ExportSamples.readJson(output);
    assertThat(document).containsOnlyKeys("images", "categories", "annotations");
    assertThat((List<Object>) document.get("images")).containsExactly(
        Map.of("id", 1.0, "file_name", "a.jpg", "width", 640.0, "height", 480.0,
            "coco_url", "http://127.0.0.1/scans/a.jpg"),
        Map.of("id", 2.0, "file_name", "b.png", "width", 100.0, "height", 50.0,
            "coco_url", "file:///data/scans/b.png"));
    assertThat((List<Object>) document.get("categories")).containsExactly(
        Map.of("id", 1.0, "name", "RBC"), Map.of("id", 2.0, "name", "WBC"));

    List<Map<String, Object>> annotations = (List<Map<String, Object>>) document.get("annotations");
    assertThat(annotations).hasSize(3);
    assertThat(annotations.get(0)).isEqualTo(Map.of("id", 1.0, "image_id", 1.0, "category_id", 2.0,
        "bbox", List.of(260.25, 177.5, 231.0, 199.75), "area", 231.0 * 199.75, "iscrowd", 0.0, "score", 0.9));
    assertThat(annotations.get(1)).containsEntry("id", 2.0).containsEntry("image_id", 1.0)
        .containsEntry("category_id", 1.0).containsEntry("bbox", List.of(0.0, 0.0, 33.3, 47.1));
    assertThat(annotations.get(2)).containsEntry("id", 3.0).containsEntry("image_id", 2.0)
        .containsEntry("category_id", 1.0).containsEntry("bbox", List.of(10.0, 20.0, 30.0, 40.0))
        .containsEntry("score", 0.7);
  }
}
