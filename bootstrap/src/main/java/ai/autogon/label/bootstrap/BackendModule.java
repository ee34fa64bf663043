package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.error.BackendUnavailableException;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import dagger.Module;
import dagger.Provides;

/** Provides the training and prediction backend. TEMPORARY until the adapters land. */
@Module
final class BackendModule {
  private BackendModule() {}

  @Provides
  static ModelTrainingPort training() {
    return (request, listener) -> {
      throw new BackendUnavailableException("the local engine is not built yet");
    };
  }

  @Provides
  static AnnotationPredictionPort prediction() {
    return request -> {
      throw new BackendUnavailableException("the local engine is not built yet");
    };
  }
}
