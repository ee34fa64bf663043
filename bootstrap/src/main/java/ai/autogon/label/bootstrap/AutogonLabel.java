package ai.autogon.label.bootstrap;

import ai.autogon.label.application.CreateProjectUseCase;
import ai.autogon.label.application.EvaluateModelUseCase;
import ai.autogon.label.application.ExportAnnotationsUseCase;
import ai.autogon.label.application.ImportDatasetUseCase;
import ai.autogon.label.application.ListProjectsUseCase;
import ai.autogon.label.application.ShowProjectUseCase;
import ai.autogon.label.application.ListModelsUseCase;
import ai.autogon.label.application.PredictAnnotationsUseCase;
import ai.autogon.label.application.RunDemoUseCase;
import ai.autogon.label.application.ShowModelUseCase;
import ai.autogon.label.application.TrainModelUseCase;
import ai.autogon.label.domain.error.LabelException;

/**
 * Entry point for applications that embed autogon-label: the use cases wired to the configured backend.
 *
 * <p>Open one per process and close it when done; closing releases the embedded engine's native memory
 * and the HTTP client's connections. The use cases are safe to call from several threads.
 */
public final class AutogonLabel implements AutoCloseable {
  private final LabelConfig config;
  private final LabelComponent component;

  private AutogonLabel(LabelConfig config, LabelComponent component) {
    this.config = config;
    this.component = component;
  }

  /** Wires the use cases for a configuration; nothing heavy starts until a use case first needs it. */
  public static AutogonLabel open(LabelConfig config) {
    return new AutogonLabel(config, DaggerLabelComponent.factory().create(config));
  }

  public LabelConfig config() {
    return config;
  }

  public TrainModelUseCase trainModel() {
    return component.trainModel();
  }

  public PredictAnnotationsUseCase predictAnnotations() {
    return component.predictAnnotations();
  }

  /** Returns the export of prediction results as labelling-tool files or as images with the boxes drawn. */
  public ExportAnnotationsUseCase exportAnnotations() {
    return component.exportAnnotations();
  }

  public ListModelsUseCase listModels() {
    return component.listModels();
  }

  public ShowModelUseCase showModel() {
    return component.showModel();
  }

  public EvaluateModelUseCase evaluateModel() {
    return component.evaluateModel();
  }

  /** Returns the quick-start demo; it generates a project in the workspace, so it needs the local backend. */
  public RunDemoUseCase runDemo() {
    return component.runDemo();
  }

  public CreateProjectUseCase createProject() {
    return component.createProject();
  }

  public ImportDatasetUseCase importDataset() {
    return component.importDataset();
  }

  public ListProjectsUseCase listProjects() {
    return component.listProjects();
  }

  public ShowProjectUseCase showProject() {
    return component.showProject();
  }

  @Override
  public void close() {
    try {
      component.backendResources().close();
    } catch (LabelException | IllegalStateException e) {
      throw e;
    } catch (Exception e) {
      throw new LabelException("failed to release the backend: " + e.getMessage(), e);
    }
  }
}
