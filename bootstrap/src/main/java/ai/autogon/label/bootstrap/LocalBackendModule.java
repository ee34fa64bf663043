package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.port.SaveModelPort;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.engine.EmbeddedDetectionEngine;
import ai.autogon.label.engine.EngineConfig;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Provides the embedded detection engine, which trains and predicts in-process against the workspace. */
@Module
final class LocalBackendModule {
  private LocalBackendModule() {}

  @Provides
  @Singleton
  static EmbeddedDetectionEngine engine(
      LabelConfig config,
      LoadProjectPort projects,
      LoadModelPort models,
      SaveModelPort saver,
      ReadImagePort images,
      BackendResources resources) {
    return resources.register(new EmbeddedDetectionEngine(projects, models, saver, images, engineConfig(config)));
  }

  static EngineConfig engineConfig(LabelConfig config) {
    TrainingOptions defaults = config.trainingDefaults();
    EngineConfig.Builder builder = EngineConfig.builder()
        .checkpointDirectory(config.workspace().resolve("checkpoints"))
        .device(config.device())
        .maxLoadedModels(config.maxLoadedModels());
    defaults.epochs().ifPresent(builder::epochs);
    defaults.batchSize().ifPresent(builder::batchSize);
    defaults.imageSize().ifPresent(builder::imageSize);
    defaults.patience().ifPresent(builder::patience);
    defaults.seed().ifPresent(builder::seed);
    return builder.build();
  }
}
