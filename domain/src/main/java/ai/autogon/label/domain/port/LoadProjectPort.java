package ai.autogon.label.domain.port;

import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.util.Optional;

/** Reads labelled projects from the workspace. */
public interface LoadProjectPort {
  /** Loads a project by its id, or returns empty when there is none. */
  Optional<Project> loadProject(ProjectId id);

  /** Loads the project that owns an app id, or returns empty when there is none. */
  Optional<Project> loadProjectByApp(AppId appId);
}
