package ai.autogon.label.domain.prediction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnnotationExportTest {
  @Test
  void fileStemsDropExtensionAndNumberDuplicates() {
    List<ImageReference> images = List.of(
        ImageReference.parse("http://127.0.0.1/scans/a.jpg"),
        ImageReference.parse("file:///data/other/A.png"),
        ImageReference.parse("http://127.0.0.1/"),
        ImageReference.parse("file:///data/b.tar.gz"));

    assertThat(AnnotationExport.fileStems(images)).containsExactly("a", "A-2", "image", "b.tar");
  }

  @Test
  void labelOutsideClassNamesRejected() {
    ImageAnnotations result = ImageAnnotations.annotated(ImageReference.parse("http://127.0.0.1/a.jpg"), 10, 10,
        List.of(new Annotation("WBC", 0.5, new BoundingBox(0, 0, 1, 1))));

    assertThatThrownBy(() -> new AnnotationExport(ExportFormat.COCO, List.of(result),
        ModelName.parse("model_name", "m"), List.of("RBC"), Path.of("out.json"), false))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("label 'WBC' is not among the class names [RBC]");
  }

  @Test
  void formatParsesWireNamesAndSpellings() {
    assertThat(ExportFormat.parse(" Label-Studio ")).isEqualTo(ExportFormat.LABEL_STUDIO);
    assertThat(ExportFormat.parse("voc")).isEqualTo(ExportFormat.PASCAL_VOC);
    assertThat(ExportFormat.parse("YOLO").writesDirectory()).isTrue();
    assertThat(ExportFormat.parse("json").writesDirectory()).isFalse();
  }

  @Test
  void unknownFormatRejected() {
    assertThatThrownBy(() -> ExportFormat.parse("csv"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessage("format must be one of 'json', 'coco', 'yolo', 'voc', 'labelstudio', got 'csv'");
  }
}
