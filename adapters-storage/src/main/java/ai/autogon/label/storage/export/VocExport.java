package ai.autogon.label.storage.export;

import ai.autogon.label.domain.error.StorageException;
import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.AnnotationExport;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Renders one Pascal VOC XML file per annotated image, {@code STEM.xml}.
 *
 * <p>VOC corners are 1-based and inclusive, so a box with 0-based left edge {@code x} and width {@code w} is written
 * as {@code xmin = x + 1} and {@code xmax = x + w}, the inverse of the importer's {@code x = xmin - 1} and
 * {@code w = xmax - xmin + 1}. Corners are rounded to whole pixels and kept inside the image, because VOC tools parse
 * them as integers. The confidence has no VOC element and is left out. Failed images get no file.
 */
final class VocExport {
  private VocExport() {}

  static List<OutputFile> render(AnnotationExport export) {
    List<ImageAnnotations> annotated = export.results().stream().filter(result -> result.error().isEmpty()).toList();
    List<String> stems = AnnotationExport.fileStems(annotated.stream().map(ImageAnnotations::image).toList());

    List<OutputFile> files = new ArrayList<>();
    for (int i = 0; i < annotated.size(); i++) {
      files.add(new OutputFile(export.output().resolve(stems.get(i) + ".xml"), document(annotated.get(i))));
    }
    return files;
  }

  private static byte[] document(ImageAnnotations result) {
    int width = result.width().getAsInt();
    int height = result.height().getAsInt();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try {
      XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(bytes, "UTF-8");
      xml.writeStartDocument("UTF-8", "1.0");
      xml.writeCharacters("\n");
      xml.writeStartElement("annotation");
      element(xml, 1, "filename", AnnotationExport.baseName(result.image()));
      element(xml, 1, "path", result.image().toString());
      indent(xml, 1);
      xml.writeStartElement("size");
      element(xml, 2, "width", Integer.toString(width));
      element(xml, 2, "height", Integer.toString(height));
      element(xml, 2, "depth", "3");
      indent(xml, 1);
      xml.writeEndElement();
      element(xml, 1, "segmented", "0");
      for (Annotation annotation : result.annotations()) {
        object(xml, annotation.box(), annotation.label(), width, height);
      }
      xml.writeCharacters("\n");
      xml.writeEndElement();
      xml.writeCharacters("\n");
      xml.writeEndDocument();
      xml.close();
    } catch (XMLStreamException e) {
      throw new StorageException("failed to write VOC XML for " + result.image() + ": " + e.getMessage(), e);
    }
    return bytes.toByteArray();
  }

  private static void object(XMLStreamWriter xml, BoundingBox box, String label, int width, int height)
      throws XMLStreamException {
    long xmin = Math.max(1, Math.min(width, Math.round(box.x()) + 1));
    long ymin = Math.max(1, Math.min(height, Math.round(box.y()) + 1));
    long xmax = Math.max(xmin, Math.min(width, Math.round(box.right())));
    long ymax = Math.max(ymin, Math.min(height, Math.round(box.bottom())));

    indent(xml, 1);
    xml.writeStartElement("object");
    element(xml, 2, "name", label);
    element(xml, 2, "pose", "Unspecified");
    element(xml, 2, "truncated", "0");
    element(xml, 2, "difficult", "0");
    indent(xml, 2);
    xml.writeStartElement("bndbox");
    element(xml, 3, "xmin", Long.toString(xmin));
    element(xml, 3, "ymin", Long.toString(ymin));
    element(xml, 3, "xmax", Long.toString(xmax));
    element(xml, 3, "ymax", Long.toString(ymax));
    indent(xml, 2);
    xml.writeEndElement();
    indent(xml, 1);
    xml.writeEndElement();
  }

  private static void element(XMLStreamWriter xml, int depth, String name, String text) throws XMLStreamException {
    indent(xml, depth);
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static void indent(XMLStreamWriter xml, int depth) throws XMLStreamException {
    xml.writeCharacters("\n" + "  ".repeat(depth));
  }
}
