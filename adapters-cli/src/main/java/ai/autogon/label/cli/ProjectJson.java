package ai.autogon.label.cli;

import ai.autogon.label.application.ProjectDetails;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Builds the JSON output of the project commands, snake_case like the wire contract. */
final class ProjectJson {
  private ProjectJson() {}

  static Map<String, Object> summary(Project project) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("project_id", project.id().value());
    data.put("app_id", project.appId().value());
    data.put("name", project.name());
    data.put("class_names", project.classNames());
    data.put("images", project.images().size());
    data.put("created_at", project.createdAt().toString());
    return data;
  }

  static Map<String, Object> details(ProjectDetails details) {
    ProjectStatistics statistics = ProjectStatistics.of(details.project());
    Map<String, Object> data = summary(details.project());
    data.put("boxes", statistics.boxes());
    data.put("boxes_per_class", statistics.boxesPerClass());
    data.put("background_images", statistics.backgroundImages());
    data.put("image_sizes", statistics.imageSizes());
    data.put("split_sizes", splitSizes(statistics.splitSizes()));
    List<Object> imports = new ArrayList<>();
    for (ImportReport report : details.imports()) {
      imports.add(importReport(report));
    }
    data.put("imports", imports);
    return data;
  }

  static Map<String, Object> importReport(ImportReport report) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("format", report.format().wireName());
    data.put("source", report.source());
    data.put("imported_at", report.importedAt().toString());
    data.put("images", report.images());
    data.put("boxes", report.boxes());
    data.put("boxes_per_class", report.boxesPerClass());
    data.put("background_images", report.backgroundImages());
    data.put("duplicates_removed", report.duplicatesRemoved());
    data.put("zero_area_skipped", report.zeroAreaSkipped());
    data.put("clipped", report.clipped());
    data.put("split_sizes", splitSizes(report.splitSizes()));
    List<Object> problems = new ArrayList<>();
    for (ImportProblem problem : report.problems()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("kind", problem.kind().name().toLowerCase(java.util.Locale.ROOT));
      entry.put("file", problem.file());
      entry.put("detail", problem.detail());
      problems.add(entry);
    }
    data.put("problems", problems);
    return data;
  }

  private static Map<String, Object> splitSizes(Map<Split, Integer> sizes) {
    Map<String, Object> data = new LinkedHashMap<>();
    sizes.forEach((split, count) -> data.put(split.wireName(), count));
    return data;
  }
}
