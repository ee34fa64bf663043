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
import dagger.BindsInstance;
import dagger.Component;
import jakarta.inject.Singleton;

/** Dagger component that wires the use cases to the chosen backend and the workspace store. */
@Singleton
@Component(modules = {StorageModule.class, BackendModule.class, DemoModule.class, UseCaseModule.class})
interface LabelComponent {
  TrainModelUseCase trainModel();

  PredictAnnotationsUseCase predictAnnotations();

  ExportAnnotationsUseCase exportAnnotations();

  ListModelsUseCase listModels();

  ShowModelUseCase showModel();

  EvaluateModelUseCase evaluateModel();

  RunDemoUseCase runDemo();

  CreateProjectUseCase createProject();

  ImportDatasetUseCase importDataset();

  ListProjectsUseCase listProjects();

  ShowProjectUseCase showProject();

  /** Closes what the backend opened (native engine memory, HTTP connection pools). */
  BackendResources backendResources();

  @Component.Factory
  interface Factory {
    LabelComponent create(@BindsInstance LabelConfig config);
  }
}
