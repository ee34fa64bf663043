package ai.autogon.label.application;

import ai.autogon.label.domain.project.ProjectId;

/** Shows one project with its import history. */
public interface ShowProjectUseCase {
  /**
   * Returns the project of that id.
   *
   * @throws ai.autogon.label.domain.error.NotFoundException listing the existing project ids when there is no such project
   */
  ProjectDetails showProject(ProjectId id);
}
