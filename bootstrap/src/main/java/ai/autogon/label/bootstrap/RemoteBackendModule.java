package ai.autogon.label.bootstrap;

import ai.autogon.label.http.RemoteLabelModelClient;
import ai.autogon.label.http.RemoteLabelModelConfig;
import dagger.Module;
import dagger.Provides;
import jakarta.inject.Singleton;

/** Provides the HTTP client of a remote label-model service. */
@Module
final class RemoteBackendModule {
  private RemoteBackendModule() {}

  @Provides
  @Singleton
  static RemoteLabelModelClient remoteClient(LabelConfig config) {
    RemoteLabelModelConfig.Builder builder = RemoteLabelModelConfig.builder()
        .baseUrl(config.baseUrl().toString())
        .connectTimeout(config.connectTimeout())
        .predictReadTimeout(config.predictTimeout())
        .trainReadTimeout(config.trainTimeout());
    config.apiKey().ifPresent(builder::apiKey);
    return RemoteLabelModelClient.create(builder.build());
  }
}
