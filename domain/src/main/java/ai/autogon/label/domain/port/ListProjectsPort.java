package ai.autogon.label.domain.port;

import ai.autogon.label.domain.project.Project;
import java.util.List;

/** Lists the projects of the workspace. */
public interface ListProjectsPort {
  /** Returns every project, by ascending id. */
  List<Project> listProjects();
}
