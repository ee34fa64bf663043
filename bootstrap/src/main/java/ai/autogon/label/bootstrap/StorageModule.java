package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.port.CreateProjectPort;
import ai.autogon.label.domain.port.DatasetImportPort;
import ai.autogon.label.domain.port.ExportAnnotationsPort;
import ai.autogon.label.domain.port.LoadImportReportsPort;
import ai.autogon.label.domain.port.SaveImportPort;
import ai.autogon.label.domain.port.ListModelsPort;
import ai.autogon.label.domain.port.ListProjectsPort;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.port.SaveModelPort;
import ai.autogon.label.domain.port.SaveProjectPort;
import ai.autogon.label.storage.FileModelRegistry;
import ai.autogon.label.storage.FileProjectStore;
import ai.autogon.label.storage.Workspace;
import ai.autogon.label.storage.export.AnnotationExporter;
import ai.autogon.label.storage.image.ImageReader;
import ai.autogon.label.storage.image.ImageReaderConfig;
import ai.autogon.label.storage.imports.DatasetImporter;
import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Provides the workspace store (projects and the model registry as files) and the image reader. */
@Module
abstract class StorageModule {
  private StorageModule() {}

  @Provides
  @Singleton
  static Workspace workspace(LabelConfig config) {
    return Workspace.open(config.workspace());
  }

  @Provides
  @Singleton
  static FileProjectStore projectStore(Workspace workspace) {
    return new FileProjectStore(workspace);
  }

  @Provides
  @Singleton
  static FileModelRegistry modelRegistry(Workspace workspace) {
    return new FileModelRegistry(workspace);
  }

  @Provides
  @Singleton
  static ImageReader imageReader(LabelConfig config) {
    return new ImageReader(ImageReaderConfig.builder().policy(config.imageSourcePolicy()).build());
  }

  @Binds
  abstract ReadImagePort readImage(ImageReader reader);

  @Provides
  static DatasetImportPort datasetImport(ReadImagePort images) {
    return new DatasetImporter(images);
  }

  @Provides
  static ExportAnnotationsPort exportAnnotations() {
    return new AnnotationExporter();
  }

  @Binds
  abstract SaveImportPort saveImport(FileProjectStore store);

  @Binds
  abstract LoadImportReportsPort loadImportReports(FileProjectStore store);

  @Binds
  abstract LoadProjectPort loadProject(FileProjectStore store);

  @Binds
  abstract CreateProjectPort createProject(FileProjectStore store);

  @Binds
  abstract SaveProjectPort saveProject(FileProjectStore store);

  @Binds
  abstract ListProjectsPort listProjects(FileProjectStore store);

  @Binds
  abstract LoadModelPort loadModel(FileModelRegistry registry);

  @Binds
  abstract ListModelsPort listModels(FileModelRegistry registry);

  @Binds
  abstract SaveModelPort saveModel(FileModelRegistry registry);
}
