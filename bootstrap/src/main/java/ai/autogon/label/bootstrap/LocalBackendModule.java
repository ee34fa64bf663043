package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.port.SaveModelPort;
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
    EngineConfig engineConfig = EngineConfig.builder()
        .checkpointDirectory(config.workspace().resolve("checkpoints"))
        .build();
    return resources.register(new EmbeddedDetectionEngine(projects, models, saver, images, engineConfig));
  }
}
