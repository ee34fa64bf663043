package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.error.BackendUnavailableException;
import ai.autogon.label.domain.port.ListModelsPort;
import ai.autogon.label.domain.port.LoadModelPort;
import dagger.Module;
import dagger.Provides;

/** Provides the workspace store. TEMPORARY until the store lands. */
@Module
final class StorageModule {
  private StorageModule() {}

  @Provides
  static ListModelsPort listModels() {
    return () -> {
      throw new BackendUnavailableException("the workspace store is not built yet");
    };
  }

  @Provides
  static LoadModelPort loadModel() {
    return name -> {
      throw new BackendUnavailableException("the workspace store is not built yet");
    };
  }
}
