package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.port.AnnotationPredictionPort;
import ai.autogon.label.domain.port.ModelTrainingPort;
import ai.autogon.label.engine.EmbeddedDetectionEngine;
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
@Module(includes = {LocalBackendModule.class, RemoteBackendModule.class})
final class BackendModule {
  private BackendModule() {}

  @Provides
  static ModelTrainingPort training(
      LabelConfig config, Lazy<EmbeddedDetectionEngine> local, Lazy<RemoteLabelModelClient> remote) {
    return switch (config.backend()) {
      case LOCAL -> local.get();
      case REMOTE -> remote.get();
    };
  }

  @Provides
  static AnnotationPredictionPort prediction(
      LabelConfig config, Lazy<EmbeddedDetectionEngine> local, Lazy<RemoteLabelModelClient> remote) {
    return switch (config.backend()) {
      case LOCAL -> local.get();
      case REMOTE -> remote.get();
    };
  }
}
