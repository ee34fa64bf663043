package ai.autogon.label.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.bootstrap.AutogonLabelServer;
import ai.autogon.label.bootstrap.Backend;
import ai.autogon.label.bootstrap.LabelConfig;
import ai.autogon.label.bootstrap.ServerSettings;
import ai.autogon.label.domain.project.LabelledBox;
import ai.autogon.label.domain.project.LabelledImage;
import ai.autogon.label.domain.training.TrainingOptions;
import ai.autogon.label.engine.synthetic.SyntheticProject;
import ai.autogon.label.engine.synthetic.SyntheticShapesDataset;
import com.squareup.moshi.Moshi;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Serves the local backend on a loopback port and drives it with the command line's remote backend.
 *
 * <p>Training through the server and training locally with the same settings must give the same model, and
 * predictions through the server must equal local predictions on the same workspace.
 */
class ServerRoundTripTest {
  private static final TrainingOptions TINY = TrainingOptions.defaults().withEpochs(2).withImageSize(64).withBatchSize(8).withSeed(3);
  private static final String KEY = "round-trip-key";

  @TempDir
  Path work;

  @Test
  void remoteThroughServerEqualsLocal() throws Exception {
    Path workspace = work.resolve("workspace");
    Path images = work.resolve("images");
    writeCocoDataset(images);
    assertThat(cli(workspace, "project", "create", "--name", "shapes").exitCode()).isZero();
    assertThat(cli(workspace, "project", "import", "1", images.resolve("annotations.json").toString()).exitCode()).isZero();
    String[] fresh = {images.resolve("shapes-00000.png").toUri().toString(), images.resolve("shapes-00001.png").toUri().toString()};

    Result remoteTrain;
    Result remotePredict;
    LabelConfig.Builder config = LabelConfig.builder().backend(Backend.LOCAL).workspace(workspace).trainingDefaults(TINY);
    ServerSettings settings = ServerSettings.builder().port(0).apiKeysFromList(KEY).fileRoot(images).build();
    try (AutogonLabelServer server = AutogonLabelServer.start(config, settings)) {
      String baseUrl = server.baseUri() + "api/v1/";
      remoteTrain = cli(workspace, "--backend", "remote", "--base-url", baseUrl, "--api-key", KEY, "--json",
          "train", "--model-type", "small", "--project-id", "1", "--model-save-name", "via-server");
      remotePredict = cli(workspace, "--backend", "remote", "--base-url", baseUrl, "--api-key", KEY, "--json",
          "predict", "--app-id", appId(workspace), "--model-name", "via-server", "--confidence", "0.001", fresh[0], fresh[1]);
    }
    Result localTrain = cli(workspace, "--json", "train", "--model-type", "small", "--project-id", "1", "--model-save-name", "local",
        "--epochs", "2", "--image-size", "64", "--batch", "8", "--seed", "3");
    Result localPredict = cli(workspace, "--json", "predict", "--app-id", appId(workspace), "--model-name", "via-server",
        "--confidence", "0.001", fresh[0], fresh[1]);

    assertThat(remoteTrain.exitCode()).as(remoteTrain.err()).isZero();
    assertThat(localTrain.exitCode()).as(localTrain.err()).isZero();
    assertThat(metrics(remoteTrain)).isEqualTo(metrics(localTrain));
    assertThat(remotePredict.exitCode()).as(remotePredict.err()).isZero();
    assertThat(localPredict.exitCode()).as(localPredict.err()).isZero();
    assertThat(json(remotePredict)).isEqualTo(json(localPredict));
    assertThat(cli(workspace, "models", "show", "via-server").out()).contains("model       via-server");
  }

  private static void writeCocoDataset(Path directory) throws Exception {
    SyntheticProject project = SyntheticShapesDataset.builder().seed(11).imageCount(24).imageSize(96, 96).build().writeTo(directory);
    List<Object> images = new ArrayList<>();
    List<Object> annotations = new ArrayList<>();
    List<Object> categories = new ArrayList<>();
    for (int i = 0; i < project.classNames().size(); i++) {
      categories.add(Map.of("id", i + 1, "name", project.classNames().get(i)));
    }
    for (int i = 0; i < project.images().size(); i++) {
      LabelledImage image = project.images().get(i);
      images.add(Map.of("id", i + 1, "file_name", image.image().toPath().getFileName().toString(),
          "width", image.width(), "height", image.height()));
      for (LabelledBox box : image.boxes()) {
        Map<String, Object> annotation = new LinkedHashMap<>();
        annotation.put("id", annotations.size() + 1);
        annotation.put("image_id", i + 1);
        annotation.put("category_id", box.classIndex() + 1);
        annotation.put("bbox", List.of(box.box().x(), box.box().y(), box.box().width(), box.box().height()));
        annotations.add(annotation);
      }
    }
    Map<String, Object> coco = Map.of("images", images, "annotations", annotations, "categories", categories);
    Files.writeString(directory.resolve("annotations.json"), new Moshi.Builder().build().adapter(Object.class).toJson(coco));
  }

  private String appId(Path workspace) throws Exception {
    Map<?, ?> project = (Map<?, ?>) json(cli(workspace, "--json", "project", "show", "1"));
    return Long.toString(((Number) project.get("app_id")).longValue());
  }

  private static Object metrics(Result train) throws Exception {
    return ((Map<?, ?>) json(train)).get("metrics");
  }

  private static Object json(Result result) throws Exception {
    return new Moshi.Builder().build().adapter(Object.class).fromJson(result.out());
  }

  private static Result cli(Path workspace, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode = Main.run(args, Map.of("AUTOGON_HOME", workspace.toString()), new PrintWriter(out), new PrintWriter(err));
    return new Result(exitCode, out.toString(), err.toString());
  }

  private record Result(int exitCode, String out, String err) {}
}
