package ai.autogon.label.cli;

import ai.autogon.label.application.PredictAnnotationsCommand;
import ai.autogon.label.domain.error.InvalidValueException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.prediction.Annotation;
import ai.autogon.label.domain.prediction.ConfidenceThreshold;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.prediction.OverlapThreshold;
import ai.autogon.label.domain.prediction.PredictionRequest;
import ai.autogon.label.domain.project.AppId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label predict}: annotates images with a saved model. */
@Command(
    name = "predict",
    mixinStandardHelpOptions = true,
    description = "Predict bounding-box annotations for images with a saved model.",
    footer = {
        "",
        "Images that cannot be read get an error; the others are still annotated.",
        "The exit code is 1 only when no image could be annotated.",
        "",
        "Examples:",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 scans/a.jpg scans/b.jpg",
        "  autogon-label predict --app-id 1001 --model-name cells-v1 --confidence 0.5 --json https://example.org/a.jpg"})
final class PredictCommand implements Callable<Integer> {
  private static final Pattern URI_SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*://.*|^file:.*");

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

  @Parameters(arity = "1..*", paramLabel = "IMAGE", description = "Image files or http(s):// URLs.")
  private List<String> images;

  @Override
  public Integer call() {
    PredictAnnotationsCommand command = new PredictAnnotationsCommand(
        appId, references(images), confidence, overlap, modelName, maxDetections, agnosticNms);

    List<ImageAnnotations> results = root.session().predictAnnotations().predict(command);

    PrintWriter out = spec.commandLine().getOut();
    if (root.json()) {
      out.println(ContractJson.write(ContractJson.predictions(results)));
    } else {
      printTables(results, out);
    }
    return reportFailures(results);
  }

  private static List<ImageReference> references(List<String> arguments) {
    List<ImageReference> references = new ArrayList<>();
    for (String argument : arguments) {
      if (URI_SCHEME.matcher(argument).matches()) {
        references.add(ImageReference.parse(argument));
      } else {
        try {
          references.add(ImageReference.of(Path.of(argument)));
        } catch (java.nio.file.InvalidPathException e) {
          throw InvalidValueException.of("image", argument, "a file path or an http(s):// URL");
        }
      }
    }
    return references;
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
