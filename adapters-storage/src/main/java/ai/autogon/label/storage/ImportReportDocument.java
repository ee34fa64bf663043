package ai.autogon.label.storage;

import static ai.autogon.label.storage.ProjectDocument.required;

import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Split;
import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** One entry of {@code imports} in {@code project.json}, mapped to and from {@link ImportReport}. */
final class ImportReportDocument {
  String format;
  String source;
  @Json(name = "imported_at") String importedAt;
  Integer images;
  @Json(name = "boxes_per_class") Map<String, Integer> boxesPerClass;
  @Json(name = "background_images") Integer backgroundImages;
  @Json(name = "duplicates_removed") Integer duplicatesRemoved;
  @Json(name = "zero_area_skipped") Integer zeroAreaSkipped;
  Integer clipped;
  @Json(name = "split_sizes") Map<String, Integer> splitSizes;
  List<ProblemEntry> problems;

  /** One problem the import found. */
  static final class ProblemEntry {
    String kind;
    String file;
    String detail;
  }

  static ImportReportDocument from(ImportReport report) {
    ImportReportDocument document = new ImportReportDocument();
    document.format = report.format().wireName();
    document.source = report.source();
    document.importedAt = report.importedAt().toString();
    document.images = report.images();
    document.boxesPerClass = new LinkedHashMap<>(report.boxesPerClass());
    document.backgroundImages = report.backgroundImages();
    document.duplicatesRemoved = report.duplicatesRemoved();
    document.zeroAreaSkipped = report.zeroAreaSkipped();
    document.clipped = report.clipped();
    document.splitSizes = new LinkedHashMap<>();
    report.splitSizes().forEach((split, size) -> document.splitSizes.put(split.wireName(), size));
    document.problems = new ArrayList<>();
    for (ImportProblem problem : report.problems()) {
      ProblemEntry entry = new ProblemEntry();
      entry.kind = problem.kind().name().toLowerCase(Locale.ROOT);
      entry.file = problem.file();
      entry.detail = problem.detail();
      document.problems.add(entry);
    }
    return document;
  }

  ImportReport toReport() {
    Map<Split, Integer> sizes = new LinkedHashMap<>();
    if (splitSizes != null) {
      splitSizes.forEach((split, size) -> sizes.put(Split.parse(split), required(size, "split_sizes." + split)));
    }
    List<ImportProblem> problemList = new ArrayList<>();
    for (ProblemEntry entry : ProjectDocument.orEmpty(problems)) {
      ImportProblem.Kind kind = ImportProblem.Kind.valueOf(required(entry.kind, "kind").toUpperCase(Locale.ROOT));
      problemList.add(new ImportProblem(kind, required(entry.file, "file"), required(entry.detail, "detail")));
    }
    return new ImportReport(
        DatasetFormat.parse(required(format, "format")),
        required(source, "source"),
        Instant.parse(required(importedAt, "imported_at")),
        required(images, "images"),
        boxesPerClass == null ? Map.of() : boxesPerClass,
        required(backgroundImages, "background_images"),
        required(duplicatesRemoved, "duplicates_removed"),
        required(zeroAreaSkipped, "zero_area_skipped"),
        required(clipped, "clipped"),
        sizes,
        problemList);
  }
}
