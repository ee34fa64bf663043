package ai.autogon.label.bootstrap;

import ai.autogon.label.application.EvaluateModelService;
import ai.autogon.label.application.EvaluateModelUseCase;
import ai.autogon.label.application.ExportAnnotationsService;
import ai.autogon.label.application.ExportAnnotationsUseCase;
import ai.autogon.label.application.ListModelsUseCase;
import ai.autogon.label.application.ModelRegistryService;
import ai.autogon.label.application.PredictAnnotationsService;
import ai.autogon.label.application.PredictAnnotationsUseCase;
import ai.autogon.label.application.CreateProjectUseCase;
import ai.autogon.label.application.DemoService;
import ai.autogon.label.application.ImportDatasetService;
import ai.autogon.label.application.ImportDatasetUseCase;
import ai.autogon.label.application.ListProjectsUseCase;
import ai.autogon.label.application.ProjectService;
import ai.autogon.label.application.ShowProjectUseCase;
import ai.autogon.label.application.RunDemoUseCase;
import ai.autogon.label.application.ShowModelUseCase;
import ai.autogon.label.application.TrainModelService;
import ai.autogon.label.application.TrainModelUseCase;
import dagger.Binds;
import dagger.Module;

/** Binds each use case interface to its service. */
@Module
interface UseCaseModule {
  @Binds
  TrainModelUseCase trainModel(TrainModelService service);

  @Binds
  PredictAnnotationsUseCase predictAnnotations(PredictAnnotationsService service);

  @Binds
  ExportAnnotationsUseCase exportAnnotations(ExportAnnotationsService service);

  @Binds
  ListModelsUseCase listModels(ModelRegistryService service);

  @Binds
  ShowModelUseCase showModel(ModelRegistryService service);

  @Binds
  EvaluateModelUseCase evaluateModel(EvaluateModelService service);

  @Binds
  RunDemoUseCase runDemo(DemoService service);

  @Binds
  CreateProjectUseCase createProject(ProjectService service);

  @Binds
  ListProjectsUseCase listProjects(ProjectService service);

  @Binds
  ShowProjectUseCase showProject(ProjectService service);

  @Binds
  ImportDatasetUseCase importDataset(ImportDatasetService service);
}
