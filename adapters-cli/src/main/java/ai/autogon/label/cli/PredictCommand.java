package ai.autogon.label.cli;

import ai.autogon.label.application.ExportAnnotationsCommand;
import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.bootstrap.AutogonLabel;
import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.ExportFormat;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label predict}: annotates images with a saved model and optionally exports the boxes. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Predict bounding-box annotations for images with a saved model.",
    footer = {
        "",
        "IMAGE is a file, a directory (its images, sorted by path; subdirectories",
        "with --recursive), a glob such as 'scans/*.jpg' (expanded here when the",
        "shell did not) or an http(s):// URL. Images go to the backend in chunks of",
        "--batch-size, with a progress line on standard error for more than one chunk.",
        "Images that cannot be read get an error; the others are still annotated.",
        "The exit code is 1 only when no image could be annotated.",
        "",
        "Export formats (--format, written to --output):",
        "  json         the --json output; failed images keep their error",
        "  labelstudio  Label Studio tasks with the boxes as predictions, for a",
        "               labelling config with <RectangleLabels name=\"label\"",
        "               toName=\"image\"> and <Image name=\"image\" value=\"$image\"/>",
        "  coco         COCO JSON: images, categories (ids from 1), annotations",
        "               with a score",
        "  yolo         directory: STEM.txt per image ('class cx cy w h', normalised,",
        "               no confidence column) and classes.txt",
        "  voc          directory: STEM.xml per image, 1-based pixel corners",
        "Class ids follow the saved model's class list when the workspace has the",
        "model, else the labels seen, sorted. Failed images are listed on standard",
        "error and left out of every format except json.",
        "",
        "Examples:",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 a.jpg b.jpg",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 --json \\",
        "      --confidence 0.5 https://example.org/a.jpg",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 scans \\",
        "      --format labelstudio --output tasks.json",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 'scans/*.jpg' \\",
        "      --format yolo --output labels --save-images drawn"})
final class PredictCommand implements Callable<Integer> {
  static final int DEFAULT_BATCH_SIZE = 16;

  @ParentCommand
  private RootCommand root;

  @Spec
  private CommandSpec spec;

  @Option(names = "--app-id", required = true, paramLabel = "ID", converter = Converters.AppIdConverter.class,
      description = "App id of the project the model was trained on.")
  private AppId appId;

  @Option(names = "--model-name", required = true, paramLabel = "NAME", converter = Converters.ModelNameConverter.class,
      description = "Saved model to predict with.")
  private ModelName modelName;

  @Option(names = "--confidence", paramLabel = "0..1", defaultValue = "0.25", converter = Converters.ConfidenceConverter.class,
      description = "Drop detections below this confidence. Default: ${DEFAULT-VALUE}.")
  private ConfidenceThreshold confidence;

  @Option(names = "--overlap", paramLabel = "0..1", defaultValue = "0.45", converter = Converters.OverlapConverter.class,
      description = "Non-maximum suppression: drop a box whose IoU with a higher-scoring box of the same label "
          + "is greater than this. Default: ${DEFAULT-VALUE}.")
  private OverlapThreshold overlap;

  @Option(names = "--max-detections", paramLabel = "N", defaultValue = "" + PredictionRequest.DEFAULT_MAX_DETECTIONS,
      description = "Most detections returned per image. Default: ${DEFAULT-VALUE}.")
  private int maxDetections;

  @Option(names = "--agnostic-nms", description = "Let boxes of different labels suppress each other too.")
  private boolean agnosticNms;

  @Option(names = "--format", paramLabel = "FORMAT", converter = Converters.ExportFormatConverter.class,
      description = "Export format for --output: json, labelstudio, coco, yolo or voc. Default: json.")
  private ExportFormat format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "File (json, labelstudio, coco) or directory (yolo, voc) to write the predictions to.")
  private Path output;

  @Option(names = "--overwrite-output",
      description = "Replace files that exist at --output instead of stopping with an error.")
  private boolean overwriteOutput;

  @Option(names = "--save-images", paramLabel = "DIR",
      description = "Also write each annotated image with its boxes drawn to DIR/STEM.png; existing files are never "
          + "replaced.")
  private Path saveImages;

  @Option(names = "--recursive", description = "Include images in subdirectories of directory arguments.")
  private boolean recursive;

  @Option(names = "--batch-size", paramLabel = "N", defaultValue = "" + DEFAULT_BATCH_SIZE,
      description = "Images sent to the backend per request. Default: ${DEFAULT-VALUE}.")
  private int batchSize;

  @Parameters(arity = "1..*", paramLabel = "IMAGE",
      description = "Image files, directories of images, globs or http(s):// URLs.")
  private List<String> images;

  @Override
  public Integer call() {
    ExportFormat exportFormat = checkExportOptions();
    List<ImageReference> references = ImageArguments.expand(images, recursive);

    List<ImageAnnotations> results = predictInChunks(references);

    PrintWriter out = spec.commandLine().getOut();
    if (root.json()) {
      out.println(ContractJson.write(ContractJson.predictions(results)));
    } else {
      printTables(results, out);
    }
    out.flush();
    writeFiles(exportFormat, results);
    return reportFailures(results);
  }

  /** Rejects option combinations that cannot work before any image is sent, and returns the export format. */
  private ExportFormat checkExportOptions() {
    if (batchSize < 1) {
      throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
    }
    if (format != null && output == null) {
      throw new ParameterException(spec.commandLine(), "--format needs --output PATH to write the predictions to");
    }
    if (overwriteOutput && output == null) {
      throw new ParameterException(spec.commandLine(), "--overwrite-output needs --output PATH");
    }
    ExportFormat exportFormat = format == null ? ExportFormat.JSON : format;
    // A single output file can be checked now, so an existing file stops the run before a long prediction.
    if (output != null && !exportFormat.writesDirectory() && !overwriteOutput && Files.exists(output)) {
      throw new ConflictException("cannot write " + output.toAbsolutePath().normalize()
          + ": the file already exists; choose another output path or pass --overwrite-output to replace it");
    }
    return exportFormat;
  }

  private List<ImageAnnotations> predictInChunks(List<ImageReference> references) {
    AutogonLabel session = root.session();
    boolean showProgress = references.size() > batchSize;
    PredictionProgress progress = new PredictionProgress(
        spec.commandLine().getErr(), System.console() != null, references.size());

    List<ImageAnnotations> results = new ArrayList<>();
    int failed = 0;
    for (int start = 0; start < references.size(); start += batchSize) {
      List<ImageReference> chunk = references.subList(start, Math.min(references.size(), start + batchSize));
      PredictAnnotationsCommand command = new PredictAnnotationsCommand(
          appId, chunk, confidence, overlap, modelName, maxDetections, agnosticNms);
      List<ImageAnnotations> chunkResults = session.predictAnnotations().predict(command);
      results.addAll(chunkResults);
      failed += (int) chunkResults.stream().filter(result -> result.error().isPresent()).count();
      if (showProgress) {
        progress.update(results.size(), failed);
      }
    }
    return results;
  }

  private void writeFiles(ExportFormat exportFormat, List<ImageAnnotations> results) {
    if (output == null && saveImages == null) {
      return;
    }
    PrintWriter err = spec.commandLine().getErr();
    for (ImageAnnotations result : results) {
      result.error().ifPresent(error -> err.println(
          "autogon-label: no boxes for " + result.image() + ": " + error.code() + ": " + error.message()));
    }
    long annotated = results.stream().filter(result -> result.error().isEmpty()).count();

    if (output != null) {
      List<Path> written = root.session().exportAnnotations().export(
          new ExportAnnotationsCommand(exportFormat, results, modelName, output, overwriteOutput));
      err.println("autogon-label: wrote " + exportFormat.wireName() + " predictions for " + annotated + " of "
          + results.size() + " images to " + output.toAbsolutePath().normalize()
          + (exportFormat.writesDirectory() ? " (" + written.size() + " files)" : ""));
    }
    if (saveImages != null) {
      List<Path> drawn = root.session().exportAnnotations().saveAnnotatedImages(modelName, results, saveImages);
      err.println("autogon-label: drew boxes on " + drawn.size() + (drawn.size() == 1 ? " image" : " images") + " in "
          + saveImages.toAbsolutePath().normalize());
    }
  }

  private static void printTables(List<ImageAnnotations> results, PrintWriter out) {
    for (ImageAnnotations result : results) {
      if (result.error().isPresent()) {
        out.println(result.image() + ": error " + result.error().get().code() + ": " + result.error().get().message());
        continue;
      }
      out.println(String.format(Locale.ROOT, "%s (%dx%d): %d objects", result.image(),
          result.width().getAsInt(), result.height().getAsInt(), result.annotations().size()));
      if (!result.annotations().isEmpty()) {
        Table table = Table.withColumns("label", "confidence>", "x>", "y>", "width>", "height>");
        for (Annotation annotation : result.annotations()) {
          table.row(annotation.label(), annotation.confidence(), pixels(annotation.box().x()), pixels(annotation.box().y()),
              pixels(annotation.box().width()), pixels(annotation.box().height()));
        }
        table.print(out);
      }
      out.println();
    }
  }

  private static String pixels(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  private int reportFailures(List<ImageAnnotations> results) {
    long failed = results.stream().filter(result -> result.error().isPresent()).count();
    if (failed == 0) {
      return ExitCodes.SUCCESS;
    }
    spec.commandLine().getErr().println(
        "autogon-label: " + failed + " of " + results.size() + " images could not be annotated");
    return failed == results.size() ? ExitCodes.FAILURE : ExitCodes.SUCCESS;
  }
}
