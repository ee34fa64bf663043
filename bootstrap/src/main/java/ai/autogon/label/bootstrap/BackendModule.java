package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.error.BackendUnavailableException;
import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.http.RemoteLabelModelClient;
import dagger.Lazy;
import dagger.Module;
import dagger.Provides;

/**
 * Chooses the training and prediction backend from the configuration.
 *
 * <p>Both choices are lazy, so a remote run never starts the native engine and a local run never builds an
 * HTTP client.
 */
@Module(includes = RemoteBackendModule.class)
final class BackendModule {
  private BackendModule() {}

  @Provides
  static ModelTrainingPort training(LabelConfig config, Lazy<RemoteLabelModelClient> remote) {
    return switch (config.backend()) {
      case REMOTE -> remote.get();
      case LOCAL -> (request, listener) -> {
        throw new BackendUnavailableException("the local engine is not built yet; use --backend remote");
      };
    };
  }

  @Provides
  static AnnotationPredictionPort prediction(LabelConfig config, Lazy<RemoteLabelModelClient> remote) {
    return switch (config.backend()) {
      case REMOTE -> remote.get();
      case LOCAL -> request -> {
        throw new BackendUnavailableException("the local engine is not built yet; use --backend remote");
      };
    };
  }
}
