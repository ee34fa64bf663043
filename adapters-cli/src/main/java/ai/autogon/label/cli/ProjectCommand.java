package ai.autogon.label.cli;

import ai.autogon.label.application.CreateProjectCommand;
import ai.autogon.label.application.ImportDatasetCommand;
import ai.autogon.label.application.ImportDatasetResult;
import ai.autogon.label.application.ProjectDetails;
import ai.autogon.label.domain.dataset.DatasetFormat;
import ai.autogon.label.domain.project.Project;
import ai.autogon.label.domain.project.ProjectId;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code autogon-label project}: creates projects and imports labelled datasets into them. */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description = "Create projects, import labelled datasets (VOC, COCO, YOLO, Label Studio, CVAT) and inspect them.",
    subcommands = {
        ProjectCommand.CreateCommand.class,
        ProjectCommand.ImportCommand.class,
        ProjectCommand.ListCommand.class,
        ProjectCommand.ShowCommand.class},
    footer = {
        "",
        "Examples:",
        "  autogon-label project create --name cells",
        "  autogon-label project import 1 ../shared/datasets/bccd",
        "  autogon-label project show 1 --json"})
final class ProjectCommand implements Runnable {
  @ParentCommand
  RootCommand root;

  @Spec
  private CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(
        spec.commandLine(), "a subcommand is required: create, import, list or show");
  }

  /** {@code project create}. */
  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create an empty project and print its project id and app id.",
      footer = {"", "Example:", "  autogon-label project create --name cells"})
  static final class CreateCommand implements Callable<Integer> {
    @ParentCommand
    private ProjectCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--name", required = true, paramLabel = "NAME", description = "Human-readable project name.")
    private String name;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      Project project = root.session().createProject().createProject(new CreateProjectCommand(name));
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        out.println(ContractJson.write(ProjectJson.summary(project)));
      } else {
        out.println("created project " + project.id() + " '" + project.name() + "' (app id " + project.appId() + ")");
        out.println("Next: autogon-label project import " + project.id() + " DATASET_DIR");
      }
      return ExitCodes.SUCCESS;
    }
  }

  /** {@code project import}. */
  @Command(name = "import", mixinStandardHelpOptions = true,
      description = {
          "Import a labelled dataset into a project and print what was imported and every problem found.",
          "The project keeps references to the image files; they are read, never modified or copied."},
      footer = {"", "Examples:", "  autogon-label project import 1 ../shared/datasets/bccd",
          "  autogon-label project import 1 export.json --format coco"})
  static final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    private ProjectCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", converter = Converters.ProjectIdConverter.class,
        description = "Project to import into.")
    private ProjectId projectId;

    @Parameters(index = "1", paramLabel = "PATH", description = "Dataset directory or annotation file.")
    private Path source;

    @Option(names = "--format", paramLabel = "voc|coco|yolo|labelstudio|cvat",
        converter = Converters.DatasetFormatConverter.class,
        description = "Annotation format; detected from the files when omitted.")
    private DatasetFormat format;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      ImportDatasetResult result = root.session().importDataset()
          .importDataset(new ImportDatasetCommand(projectId, source, Optional.ofNullable(format)));
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        out.println(ContractJson.write(ProjectJson.importReport(result.report())));
      } else {
        ProjectReport.printImport(result.report(), out);
        out.println();
        out.println("project " + result.project().id() + " now has " + result.project().images().size() + " images");
      }
      return ExitCodes.SUCCESS;
    }
  }

  /** {@code project list}. */
  @Command(name = "list", mixinStandardHelpOptions = true, description = "List the projects of the workspace.",
      footer = {"", "Example:", "  autogon-label project list"})
  static final class ListCommand implements Callable<Integer> {
    @ParentCommand
    private ProjectCommand parent;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      List<Project> projects = root.session().listProjects().listProjects();
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        out.println(ContractJson.write(projects.stream().map(project -> (Object) ProjectJson.summary(project)).toList()));
      } else if (projects.isEmpty()) {
        out.println("No projects in " + root.config().workspace() + ". Create one with: autogon-label project create --name NAME");
      } else {
        Table table = Table.withColumns("id>", "app id>", "name", "classes>", "images>", "boxes>", "created");
        for (Project project : projects) {
          table.row(project.id(), project.appId(), project.name(), project.classNames().size(), project.images().size(),
              project.images().stream().mapToInt(image -> image.boxes().size()).sum(), project.createdAt());
        }
        table.print(out);
      }
      return ExitCodes.SUCCESS;
    }
  }

  /** {@code project show}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Show a project: images, boxes per class, background images, image sizes, splits and problems found.",
      footer = {"", "Example:", "  autogon-label project show 1 --json"})
  static final class ShowCommand implements Callable<Integer> {
    @ParentCommand
    private ProjectCommand parent;

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", converter = Converters.ProjectIdConverter.class, description = "Project to show.")
    private ProjectId projectId;

    @Override
    public Integer call() {
      RootCommand root = parent.root;
      ProjectDetails details = root.session().showProject().showProject(projectId);
      PrintWriter out = spec.commandLine().getOut();
      if (root.json()) {
        out.println(ContractJson.write(ProjectJson.details(details)));
      } else {
        ProjectReport.printDetails(details, out);
      }
      return ExitCodes.SUCCESS;
    }
  }
}
