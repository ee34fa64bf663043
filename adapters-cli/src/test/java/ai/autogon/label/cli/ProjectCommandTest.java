package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.squareup.moshi.Moshi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the project commands through the whole command line on a temporary workspace. */
class ProjectCommandTest {
  private static final Path BCCD = Path.of("..", "..", "shared", "datasets", "bccd");

  @TempDir
  Path workspace;

  @Test
  void importOfBccdGivesTheKnownCounts() throws Exception {
    assumeThat(Files.isDirectory(BCCD)).as("the shared BCCD dataset at " + BCCD.toAbsolutePath()).isTrue();
    assertThat(run("project", "create", "--name", "cells").exitCode()).isZero();

    Result imported = run("project", "import", "1", BCCD.toString());
    Result shown = run("--json", "project", "show", "1");

    assertThat(imported.exitCode()).isZero();
    assertThat(imported.out()).contains("images       364 (0 background)", "boxes        4886 (RBC 4153, WBC 372, Platelets 361)",
        "splits       train 205, val 87, test 72, unassigned 0", "2 zero-area boxes skipped",
        "BloodImage_00338.xml", "BloodImage_00343.xml");
    Map<?, ?> json = (Map<?, ?>) new Moshi.Builder().build().adapter(Object.class).fromJson(shown.out());
    assertThat(json.get("images")).isEqualTo(364.0);
    assertThat(json.get("class_names")).isEqualTo(List.of("RBC", "WBC", "Platelets"));
    assertThat(json.get("boxes")).isEqualTo(4886.0);
    assertThat(json.get("split_sizes")).isEqualTo(Map.of("train", 205.0, "val", 87.0, "test", 72.0, "unassigned", 0.0));
    List<?> problems = (List<?>) ((Map<?, ?>) ((List<?>) json.get("imports")).get(0)).get("problems");
    assertThat(problems).hasSize(2);
  }

  @Test
  void importIntoUnknownProjectFails() {
    Result result = run("project", "import", "7", workspace.toString());

    assertThat(result.exitCode()).isEqualTo(1);
    assertThat(result.err()).startsWith("autogon-label: project 7");
  }

  @Test
  void unknownFormatIsUsageError() {
    Result result = run("project", "import", "1", workspace.toString(), "--format", "pascal");

    assertThat(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).contains("format must be one of");
  }

  @Test
  void emptyWorkspaceListsNoProjects() {
    Result result = run("project", "list");

    assertThat(result.exitCode()).isZero();
    assertThat(result.out()).startsWith("No projects in ");
  }

  private Result run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, Map.of("AUTOGON_HOME", workspace.toString()), new PrintWriter(out), new PrintWriter(err));
    return new Result(exitCode, out.toString(), err.toString());
  }

  private record Result(int exitCode, String out, String err) {}
}
