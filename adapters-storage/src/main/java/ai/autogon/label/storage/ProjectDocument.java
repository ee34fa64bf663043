package ai.autogon.label.storage;

import ai.autogon.label.domain.image.BoundingBox;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import ai.autogon.label.domain.project.Split;
import com.squareup.moshi.Json;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Content of {@code projects/<id>/project.json}, mapped to and from {@link Project}. */
final class ProjectDocument {
  @Json(name = "format_version") final Integer formatVersion;
  final Long id;
  @Json(name = "app_id") final Long appId;
  final String name;
  @Json(name = "created_at") final String createdAt;
  @Json(name = "class_names") final List<String> classNames;
  final List<ImageEntry> images;
  final List<ImportReportDocument> imports;

  ProjectDocument(Integer formatVersion, Long id, Long appId, String name, String createdAt, List<String> classNames, List<ImageEntry> images,
      List<ImportReportDocument> imports) {
    this.formatVersion = formatVersion;
    this.id = id;
    this.appId = appId;
    this.name = name;
    this.createdAt = createdAt;
    this.classNames = classNames;
    this.images = images;
    this.imports = imports;
  }

  Integer formatVersion() {
    return formatVersion;
  }

  Long id() {
    return id;
  }

  Long appId() {
    return appId;
  }

  String name() {
    return name;
  }

  String createdAt() {
    return createdAt;
  }

  List<String> classNames() {
    return classNames;
  }

  List<ImageEntry> images() {
    return images;
  }

  List<ImportReportDocument> imports() {
    return orEmpty(imports);
  }


  static final int FORMAT_VERSION = 1;

  /** One labelled image; {@code uri} is a {@code file:} URI of the user's image file, which is never copied or changed. */
  static final class ImageEntry {
    final String uri;
    final Integer width;
    final Integer height;
    final String split;
    final List<BoxEntry> boxes;

    ImageEntry(String uri, Integer width, Integer height, String split, List<BoxEntry> boxes) {
      this.uri = uri;
      this.width = width;
      this.height = height;
      this.split = split;
      this.boxes = boxes;
    }

    String uri() {
      return uri;
    }

    Integer width() {
      return width;
    }

    Integer height() {
      return height;
    }

    String split() {
      return split;
    }

    List<BoxEntry> boxes() {
      return boxes;
    }
  }

  /** One box in pixels of the upright image, top-left corner plus size. */
  static final class BoxEntry {
    @Json(name = "class") final Integer classIndex;
    final Double x;
    final Double y;
    final Double width;
    final Double height;
    final Boolean difficult;

    BoxEntry(Integer classIndex, Double x, Double y, Double width, Double height, Boolean difficult) {
      this.classIndex = classIndex;
      this.x = x;
      this.y = y;
      this.width = width;
      this.height = height;
      this.difficult = difficult;
    }

    Integer classIndex() {
      return classIndex;
    }

    Double x() {
      return x;
    }

    Double y() {
      return y;
    }

    Double width() {
      return width;
    }

    Double height() {
      return height;
    }

    Boolean difficult() {
      return difficult;
    }
  }

  static ProjectDocument from(Project project, List<ImportReportDocument> imports) {
    List<ImageEntry> images = new ArrayList<>();
    for (LabelledImage image : project.images()) {
      List<BoxEntry> boxes = new ArrayList<>();
      for (LabelledBox box : image.boxes()) {
        BoundingBox b = box.box();
        boxes.add(new BoxEntry(box.classIndex(), b.x(), b.y(), b.width(), b.height(), box.difficult() ? Boolean.TRUE : null));
      }
      images.add(new ImageEntry(image.image().toString(), image.width(), image.height(), image.split().wireName(), boxes));
    }
    return new ProjectDocument(
        FORMAT_VERSION, project.id().value(), project.appId().value(), project.name(), project.createdAt().toString(),
        project.classNames(), images, imports.isEmpty() ? null : imports);
  }

  Project toProject() {
    List<LabelledImage> labelled = new ArrayList<>();
    for (ImageEntry entry : orEmpty(images)) {
      List<LabelledBox> boxes = new ArrayList<>();
      for (BoxEntry box : orEmpty(entry.boxes())) {
        BoundingBox bounds = new BoundingBox(
            required(box.x(), "x"), required(box.y(), "y"), required(box.width(), "width"), required(box.height(), "height"));
        boxes.add(new LabelledBox(required(box.classIndex(), "class"), bounds, Boolean.TRUE.equals(box.difficult())));
      }
      ImageReference image = new ImageReference(URI.create(required(entry.uri(), "uri")));
      Split split = entry.split() == null ? Split.UNASSIGNED : Split.parse(entry.split());
      labelled.add(new LabelledImage(image, required(entry.width(), "width"), required(entry.height(), "height"), boxes, split));
    }
    return new Project(
        ProjectId.of(required(id, "id")), AppId.of(required(appId, "app_id")), required(name, "name"),
        orEmpty(classNames), labelled, Instant.parse(required(createdAt, "created_at")));
  }

  static <T> T required(T value, String field) {
    if (value == null) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return value;
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }
}
