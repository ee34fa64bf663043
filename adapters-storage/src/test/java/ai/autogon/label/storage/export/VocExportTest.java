package ai.autogon.label.storage.export;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.prediction.ExportFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class VocExportTest {
  @TempDir
  Path directory;

  @Test
  void writesOneXmlPerAnnotatedImage() throws Exception {
    Path output = directory.resolve("voc");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.PASCAL_VOC, output));

    try (var files = Files.list(output)) {
      assertThat(files.map(file -> file.getFileName().toString()).sorted()).containsExactly("a.xml", "b.xml");
    }
  }

  @Test
  void parsedCornersGiveBackPixelBoxes() throws Exception {
    Path output = directory.resolve("voc");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.PASCAL_VOC, output));

    Document document = parse(output.resolve("a.xml"));
    assertThat(text(document.getDocumentElement(), "filename")).isEqualTo("a.jpg");
    Element size = (Element) document.getElementsByTagName("size").item(0);
    assertThat(text(size, "width")).isEqualTo("640");
    assertThat(text(size, "height")).isEqualTo("480");
    assertThat(text(size, "depth")).isEqualTo("3");

    NodeList objects = document.getElementsByTagName("object");
    assertThat(objects.getLength()).isEqualTo(2);
    Element first = (Element) objects.item(0);
    assertThat(text(first, "name")).isEqualTo("WBC");
    // The importer reads x = xmin - 1 and width = xmax - xmin + 1. Corners are rounded to whole pixels, so each edge
    // is within 0.5 px.
    double xmin = Double.parseDouble(text(first, "xmin"));
    double ymin = Double.parseDouble(text(first, "ymin"));
    double xmax = Double.parseDouble(text(first, "xmax"));
    double ymax = Double.parseDouble(text(first, "ymax"));
    assertThat(xmin - 1).isCloseTo(260.25, org.assertj.core.api.Assertions.within(0.5));
    assertThat(ymin - 1).isCloseTo(177.5, org.assertj.core.api.Assertions.within(0.5));
    assertThat(xmax - xmin + 1).isCloseTo(231.0, org.assertj.core.api.Assertions.within(1.0));
    assertThat(ymax - ymin + 1).isCloseTo(199.75, org.assertj.core.api.Assertions.within(1.0));

    Element second = (Element) objects.item(1);
    assertThat(text(second, "name")).isEqualTo("RBC");
    assertThat(text(second, "xmin")).isEqualTo("1");
    assertThat(text(second, "ymin")).isEqualTo("1");
    assertThat(text(second, "xmax")).isEqualTo("33");
    assertThat(text(second, "ymax")).isEqualTo("47");
  }

  @Test
  void integerCornersExactAndClippedToImage() throws Exception {
    Path output = directory.resolve("voc");

    new AnnotationExporter().export(ExportSamples.export(ExportFormat.PASCAL_VOC, output));

    Element object = (Element) parse(output.resolve("b.xml")).getElementsByTagName("object").item(0);
    assertThat(text(object, "xmin")).isEqualTo("11");
    assertThat(text(object, "ymin")).isEqualTo("21");
    assertThat(text(object, "xmax")).isEqualTo("40");
    // The box's bottom edge is at 60 in an image 50 pixels high.
    assertThat(text(object, "ymax")).isEqualTo("50");
  }

  private static Document parse(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }

  private static String text(Element parent, String tag) {
    return parent.getElementsByTagName(tag).item(0).getTextContent();
  }
}
