package ai.autogon.label.cli;

import ai.autogon.label.domain.model.ClassMetrics;
import ai.autogon.label.domain.model.ModelMetrics;
import ai.autogon.label.domain.model.TrainedModel;
import java.io.PrintWriter;
import java.util.Locale;

/** Prints a trained model's summary and metrics as human-readable tables. */
final class ModelReport {
  private ModelReport() {}

  static void print(TrainedModel model, PrintWriter out) {
    out.println("model       " + model.name());
    out.println("type        " + model.type().wireName());
    out.println("project     " + model.projectId());
    out.println("base model  " + model.baseModel().map(Object::toString).orElse("none (fresh)"));
    if (!model.classNames().isEmpty()) {
      out.println("classes     " + String.join(", ", model.classNames()));
    }
    out.println("epochs      " + model.epochs());
    out.println("images      " + model.trainImages() + " train, " + model.valImages() + " val");
    out.println("trained in  " + ProgressBar.clock(model.trainingTime()));
    out.println("created     " + model.createdAt());
    model.networkSize().ifPresent(size -> out.println(String.format(
        Locale.ROOT, "network     %.2fM parameters, %.1f GFLOPs at %dx%d",
        size.parameters() / 1e6, size.gflops(), size.imageSize(), size.imageSize())));
    out.println();
    printMetrics(model.metrics(), out);
  }

  static void printMetrics(ModelMetrics metrics, PrintWriter out) {
    Table table = Table.withColumns("class", "instances>", "precision>", "recall>", "mAP50>", "mAP50-95>");
    int instances = metrics.perClass().stream().mapToInt(ClassMetrics::instances).sum();
    table.row("all", instances, metrics.precision(), metrics.recall(), metrics.map50(), metrics.map50to95());
    for (ClassMetrics classMetrics : metrics.perClass()) {
      table.row(classMetrics.label(), classMetrics.instances(), classMetrics.precision(), classMetrics.recall(),
          classMetrics.ap50(), classMetrics.ap50to95());
    }
    table.print(out);
  }
}
