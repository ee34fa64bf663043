package ai.autogon.label.storage.imports;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.dataset.ParsedDataset;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.Split;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CvatImportTest {
  @TempDir
  Path root;

  private final DatasetImporter importer = new DatasetImporter(new ImageIoSizes());

  @BeforeEach
  void writeDataset() {
    Fixtures.image(root.resolve("images/street.png"), 100, 80);
    Fixtures.image(root.resolve("images/empty.png"), 30, 20);
    Fixtures.text(root.resolve("annotations.xml"), """
        <?xml version="1.0" encoding="utf-8"?>
        <annotations>
          <version>1.1</version>
          <meta><task><labels>
            <label><name>person</name><color>#ff0000</color></label>
            <label><name>car</name><color>#00ff00</color></label>
          </labels></task></meta>
          <image id="0" name="street.png" width="100" height="80" subset="Train">
            <box label="car" occluded="0" xtl="10.5" ytl="20" xbr="40.5" ybr="60" z_order="0"></box>
            <polygon label="person" points="1,1;5,5;1,5"></polygon>
            <box label="truck" xtl="1" ytl="1" xbr="5" ybr="5"></box>
            <box label="person" xtl="90" ytl="70" xbr="100.4" ybr="80"></box>
          </image>
          <image id="1" name="empty.png" width="30" height="20" subset="Validation"></image>
        </annotations>
        """);
  }

  @Test
  void readsBoxesWithSubsets() {
    // when
    ParsedDataset dataset = importer.parse(root, Optional.of(DatasetFormat.CVAT));

    // then
    assertThat(dataset.classNames()).containsExactly("person", "car");
    assertThat(dataset.images().get(0).split()).isEqualTo(Split.TRAIN);
    assertThat(dataset.images().get(0).boxes()).containsExactly(
        new LabelledBox(1, new BoundingBox(10.5, 20, 30, 40)),
        new LabelledBox(0, new BoundingBox(90, 70, 10, 10)));
    assertThat(dataset.images().get(1).boxes()).isEmpty();
    assertThat(dataset.images().get(1).split()).isEqualTo(Split.VAL);
  }

  @Test
  void reportListsShapesAndUnknownLabels() {
    // when
    ParsedDataset dataset = importer.parse(root.resolve("annotations.xml"), Optional.empty());

    // then
    assertThat(dataset.report().format()).isEqualTo(DatasetFormat.CVAT);
    assertThat(dataset.report().boxesPerClass()).containsExactly(Map.entry("person", 1), Map.entry("car", 1));
    assertThat(dataset.report().clipped()).isEqualTo(1);
    assertThat(dataset.report().problems()).containsExactly(
        new ImportProblem(Kind.INVALID_BOX, "annotations.xml",
            "image street.png shape 2 is a <polygon>, but only <box> shapes are imported; it is skipped"),
        new ImportProblem(Kind.UNKNOWN_CLASS, "annotations.xml",
            "image street.png shape 3 has class 'truck', which the dataset does not define; the box is skipped"));
  }
}
