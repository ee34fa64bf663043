package ai.autogon.label.bootstrap;

import ai.autogon.label.domain.port.DrawAnnotationsPort;
import ai.autogon.label.domain.port.GenerateSampleDatasetPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.engine.demo.PngAnnotationDrawer;
import ai.autogon.label.engine.demo.SyntheticSampleDatasets;
import dagger.Module;
import dagger.Provides;

/** Provides the synthetic sample data and the box drawing that the demo uses. */
@Module
final class DemoModule {
  private DemoModule() {}

  @Provides
  static GenerateSampleDatasetPort sampleDatasets() {
    return new SyntheticSampleDatasets();
  }

  @Provides
  static DrawAnnotationsPort drawing(ReadImagePort images) {
    return new PngAnnotationDrawer(images);
  }
}
