package ai.autogon.label.domain.port;

import ai.autogon.label.domain.project.Project;

/** Creates empty projects in the workspace, allocating their ids. */
public interface CreateProjectPort {
  /** Creates an empty project with fresh project and app ids. */
  Project createProject(String name);
}
