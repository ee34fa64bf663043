package ai.autogon.label.storage.imports;

import ai.autogon.label.domain.dataset.ImportProblem.Kind;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.project.Split;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads CVAT for images 1.1 XML: {@code <image name width height>} elements with {@code <box label xtl ytl xbr ybr>}.
 *
 * <p>Corners are 0-based pixel coordinates. Class names come from the labels in {@code <meta>}, in their order,
 * or from the boxes when the file lists none. An image's {@code subset} attribute gives its split. Images without
 * boxes are background images. Rotated boxes and other shapes (polygons, points, ...) are reported and skipped.
 * Image files are looked up next to the XML file and in its {@code images/} directory.
 */
final class CvatParser {
  private static final Set<String> SHAPES = Set.of("polygon", "polyline", "points", "ellipse", "mask", "cuboid", "skeleton");

  private final ImportCollector collector;

  CvatParser(ImportCollector collector) {
    this.collector = collector;
  }

  void parse(Path file) throws IOException {
    Element root;
    try {
      root = SafeXml.parse(file).getDocumentElement();
    } catch (SAXException e) {
      throw new InvalidValueException("path", file + " is not well-formed XML: " + e.getMessage());
    }
    if (!root.getTagName().equals("annotations")) {
      throw new InvalidValueException("path",
          file + " is not a CVAT for images file: the root element is <" + root.getTagName() + ">, expected <annotations>");
    }
    SafeXml.child(root, "meta").map(CvatParser::labelNames).filter(names -> !names.isEmpty()).ifPresent(collector::declareClasses);

    Path directory = file.toAbsolutePath().getParent();
    List<Path> directories = List.of(directory, directory.resolve("images"));
    for (Element image : SafeXml.children(root, "image")) {
      parseImage(image, file, directories);
    }
  }

  private void parseImage(Element image, Path file, List<Path> directories) {
    Optional<String> name = SafeXml.attribute(image, "name");
    if (name.isEmpty()) {
      collector.problem(Kind.UNREADABLE_LABEL_FILE, file, "an <image> element has no name; it is skipped");
      return;
    }
    Path imageFile = ImageFiles.resolve(name.get(), directories);
    Optional<ImageSize> size = collector.checkImage(imageFile, file, declaredSize(image), Kind.MISSING_IMAGE);
    if (size.isEmpty()) {
      return;
    }
    List<RawBox> boxes = new ArrayList<>();
    NodeList children = image.getChildNodes();
    int shapeNumber = 0;
    for (int i = 0; i < children.getLength(); i++) {
      Node node = children.item(i);
      if (!(node instanceof Element shape)) {
        continue;
      }
      String where = "image " + name.get() + " shape " + (++shapeNumber);
      if (shape.getTagName().equals("box")) {
        readBox(shape, where, file).ifPresent(boxes::add);
      } else if (SHAPES.contains(shape.getTagName())) {
        collector.problem(Kind.INVALID_BOX, file,
            where + " is a <" + shape.getTagName() + ">, but only <box> shapes are imported; it is skipped");
      }
    }
    Split split = SafeXml.attribute(image, "subset").flatMap(SplitNames::of).orElse(Split.UNASSIGNED);
    collector.addImage(imageFile, size.get(), split, boxes, file);
  }

  private Optional<RawBox> readBox(Element box, String where, Path file) {
    String label = SafeXml.attribute(box, "label").orElse("");
    double rotation = number(box, "rotation", 0);
    if (Math.abs(rotation) > 1e-9) {
      collector.problem(Kind.INVALID_BOX, file, where + " (" + label + ") is rotated by " + rotation + " degrees; the box is skipped");
      return Optional.empty();
    }
    return Optional.of(new RawBox(
        label, number(box, "xtl", Double.NaN), number(box, "ytl", Double.NaN), number(box, "xbr", Double.NaN),
        number(box, "ybr", Double.NaN), false, where));
  }

  private static List<String> labelNames(Element meta) {
    List<String> names = new ArrayList<>();
    NodeList labels = meta.getElementsByTagName("label");
    for (int i = 0; i < labels.getLength(); i++) {
      if (labels.item(i) instanceof Element label) {
        SafeXml.childText(label, "name").filter(name -> !names.contains(name)).ifPresent(names::add);
      }
    }
    return names;
  }

  private static Optional<ImageSize> declaredSize(Element image) {
    double width = number(image, "width", 0);
    double height = number(image, "height", 0);
    return width >= 1 && height >= 1 ? Optional.of(new ImageSize((int) Math.round(width), (int) Math.round(height))) : Optional.empty();
  }

  private static double number(Element element, String attribute, double fallback) {
    try {
      return SafeXml.attribute(element, attribute).map(Double::parseDouble).orElse(fallback);
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }
}
