package ai.autogon.label.application;

import ai.autogon.label.domain.project.Project;

/** Creates an empty labelled project. */
public interface CreateProjectUseCase {
  /** Creates the project with fresh project and app ids and returns it. */
  Project createProject(CreateProjectCommand command);
}
