package ai.autogon.label.application;

import ai.autogon.label.domain.project.Project;
import java.util.List;

/** Lists the projects of the workspace. */
public interface ListProjectsUseCase {
  /** Returns every project, by ascending id. */
  List<Project> listProjects();
}
