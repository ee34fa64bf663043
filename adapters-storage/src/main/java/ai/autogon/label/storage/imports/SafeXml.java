package ai.autogon.label.storage.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Parses annotation XML with the JDK parser, with DOCTYPEs, external entities and XInclude turned off.
 *
 * <p>A dataset file comes from elsewhere, so it must not make the parser read other local files or the network.
 */
final class SafeXml {
  private SafeXml() {}

  /** Parses a file into a DOM document. */
  static Document parse(Path file) throws IOException, SAXException {
    DocumentBuilder builder = newBuilder();
    try (InputStream in = Files.newInputStream(file)) {
      return builder.parse(in);
    }
  }

  private static DocumentBuilder newBuilder() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
      factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      factory.setXIncludeAware(false);
      factory.setExpandEntityReferences(false);
      factory.setNamespaceAware(false);
      DocumentBuilder builder = factory.newDocumentBuilder();
      // The default handler prints parse errors to standard error; the caller reports them instead.
      builder.setErrorHandler(null);
      return builder;
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser does not support the required safety features", e);
    }
  }

  /** Returns the direct child elements of a given name. */
  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      Node node = nodes.item(i);
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  /** Returns the first direct child element of a given name. */
  static Optional<Element> child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  /** Returns the trimmed text of the first direct child of a given name, or empty when absent or blank. */
  static Optional<String> childText(Element parent, String name) {
    return child(parent, name).map(element -> element.getTextContent().trim()).filter(text -> !text.isEmpty());
  }

  /** Returns the trimmed value of an attribute, or empty when absent or blank. */
  static Optional<String> attribute(Element element, String name) {
    String value = element.getAttribute(name).trim();
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }
}
