package ai.autogon.label.cli;

import ai.autogon.label.application.ProjectDetails;
import ai.autogon.label.domain.dataset.ImportProblem;
import ai.autogon.label.domain.dataset.ImportReport;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.Split;
import java.io.PrintWriter;
import java.util.Map;
import java.util.stream.Collectors;

/** Prints projects and import reports as human-readable text. */
final class ProjectReport {
  /** Problems listed one by one before the rest are only counted. */
  private static final int PROBLEMS_SHOWN = 20;

  private ProjectReport() {}

  static void printImport(ImportReport report, PrintWriter out) {
    out.println("imported " + report.source() + " as " + report.format().wireName());
    out.println("images       " + report.images() + " (" + report.backgroundImages() + " background)");
    out.println("boxes        " + report.boxes() + " (" + perClass(report.boxesPerClass()) + ")");
    out.println("splits       " + splits(report.splitSizes()));
    out.println("repairs      " + report.duplicatesRemoved() + " duplicate boxes removed, " + report.zeroAreaSkipped()
        + " zero-area boxes skipped, " + report.clipped() + " boxes clipped to the image");
    printProblems(report, out);
  }

  static void printDetails(ProjectDetails details, PrintWriter out) {
    Project project = details.project();
    ProjectStatistics statistics = ProjectStatistics.of(project);
    out.println("project      " + project.id() + " '" + project.name() + "' (app id " + project.appId() + ")");
    out.println("created      " + project.createdAt());
    out.println("classes      " + (project.classNames().isEmpty() ? "none yet" : String.join(", ", project.classNames())));
    out.println("images       " + project.images().size() + " (" + statistics.backgroundImages() + " background)");
    out.println("boxes        " + statistics.boxes() + (statistics.boxesPerClass().isEmpty() ? "" : " (" + perClass(statistics.boxesPerClass()) + ")"));
    out.println("image sizes  " + (statistics.imageSizes().isEmpty() ? "-" : statistics.imageSizes().entrySet().stream()
        .limit(5).map(entry -> entry.getKey() + ": " + entry.getValue()).collect(Collectors.joining(", "))
        + (statistics.imageSizes().size() > 5 ? ", ..." : "")));
    out.println("splits       " + splits(statistics.splitSizes()));
    for (ImportReport report : details.imports()) {
      out.println();
      out.println("import of " + report.importedAt() + ":");
      printImport(report, out);
    }
  }

  private static void printProblems(ImportReport report, PrintWriter out) {
    if (report.problems().isEmpty()) {
      out.println("problems     none");
      return;
    }
    out.println("problems     " + report.problems().size() + ":");
    for (ImportProblem problem : report.problems().stream().limit(PROBLEMS_SHOWN).toList()) {
      out.println("  " + problem.kind().name().toLowerCase(java.util.Locale.ROOT) + "  " + problem.file() + ": " + problem.detail());
    }
    if (report.problems().size() > PROBLEMS_SHOWN) {
      out.println("  ... and " + (report.problems().size() - PROBLEMS_SHOWN) + " more (see --json)");
    }
  }

  private static String perClass(Map<String, Integer> counts) {
    return counts.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue()).collect(Collectors.joining(", "));
  }

  private static String splits(Map<Split, Integer> sizes) {
    return sizes.entrySet().stream().map(entry -> entry.getKey().wireName() + " " + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
