package ai.autogon.label.engine;

import ai.autogon.label.domain.error.ConflictException;
import ai.autogon.label.domain.image.ImageReadException;
import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.image.ImageSize;
import ai.autogon.label.domain.image.RgbImage;
import ai.autogon.label.domain.model.ModelName;
import ai.autogon.label.domain.model.TrainedModel;
import ai.autogon.label.domain.port.LoadModelPort;
import ai.autogon.label.domain.port.LoadProjectPort;
import ai.autogon.label.domain.port.ReadImagePort;
import ai.autogon.label.domain.port.SaveModelPort;
import ai.autogon.label.domain.port.StoredModel;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** In-memory fakes of the ports the engine uses. */
final class FakePorts {
  private FakePorts() {}

  static final class Projects implements LoadProjectPort {
    private final Map<ProjectId, Project> projects = new HashMap<>();

    void add(Project project) {
      projects.put(project.id(), project);
    }

    @Override
    public Optional<Project> loadProject(ProjectId id) {
      return Optional.ofNullable(projects.get(id));
    }

    @Override
    public Optional<Project> loadProjectByApp(AppId appId) {
      return projects.values().stream().filter(project -> project.appId().equals(appId)).findFirst();
    }
  }

  /** Registry that keeps each model's files in its own directory under a root. */
  static final class Registry implements LoadModelPort, SaveModelPort {
    private final Path root;
    private final Map<ModelName, StoredModel> models = new HashMap<>();

    Registry(Path root) {
      this.root = root;
    }

    @Override
    public synchronized Optional<StoredModel> loadModel(ModelName name) {
      return Optional.ofNullable(models.get(name));
    }

    @Override
    public synchronized StoredModel saveModel(TrainedModel model, ModelFiles files, boolean overwrite) {
      if (!overwrite && models.containsKey(model.name())) {
        throw new ConflictException("model '" + model.name() + "' exists");
      }
      try {
        Path directory = Files.createTempDirectory(root, model.name().value());
        files.writeTo(directory);
        StoredModel stored = new StoredModel(model, directory);
        models.put(model.name(), stored);
        return stored;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  static final class Images implements ReadImagePort {
    private final Map<ImageReference, RgbImage> images = new HashMap<>();

    void add(ImageReference reference, RgbImage image) {
      images.put(reference, image);
    }

    @Override
    public RgbImage read(ImageReference image) {
      RgbImage found = images.get(image);
      if (found == null) {
        throw new ImageReadException(ImageReadException.Reason.IMAGE_UNREACHABLE, "image " + image + " does not exist");
      }
      return found;
    }

    @Override
    public ImageSize readSize(ImageReference image) {
      RgbImage found = read(image);
      return new ImageSize(found.width(), found.height());
    }
  }
}
