package ai.autogon.label.domain.port;

import ai.autogon.label.domain.project.Project;

/** Replaces a project's stored content atomically. */
public interface SaveProjectPort {
  /** Saves the project so that readers see either the old or the new content, never a mix. */
  void saveProject(Project project);
}
