package ai.autogon.label.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import ai.autogon.label.domain.image.ImageReference;
import ai.autogon.label.domain.prediction.ImageAnnotations;
import ai.autogon.label.domain.project.AppId;
import ai.autogon.label.domain.project.ProjectId;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compiles the README's embedding example and runs it against a mock service on loopback. */
class ReadmeEmbeddingExampleTest {
  private static final Path README = Path.of("..", "README.md");
  private static final Pattern JAVA_BLOCK = Pattern.compile("```java\\n(.*?)```", Pattern.DOTALL);

  @TempDir
  Path work;

  @Test
  void readmeExampleCompilesAndRuns() throws Exception {
    Path source = work.resolve("PreAnnotate.java");
    Files.writeString(source, readmeJavaBlock());
    compile(source);

    try (MockWebServer server = new MockWebServer()) {
      server.enqueue(new MockResponse().setResponseCode(201).setBody(
          "{\"status\": true, \"data\": {\"model_name\": \"cells-v1\", \"model_type\": \"small\", \"project_id\": 1,"
              + " \"metrics\": {\"map50\": 0.9}}}"));
      server.enqueue(new MockResponse().setBody(
          "{\"status\": true, \"data\": [{\"image_url\": \"http://127.0.0.1/a.jpg\", \"width\": 4, \"height\": 3,"
              + " \"annotations\": [{\"label\": \"WBC\", \"confidence\": 0.9, \"bbox\": {\"x\": 1, \"y\": 1, \"width\": 2, \"height\": 1}}]}]}"));
      server.start();
      LabelConfig config = LabelConfig.builder()
          .backend(Backend.REMOTE)
          .baseUrl(server.url("/api/v1/").toString())
          .apiKey("test-key")
          .workspace(work.resolve("workspace"))
          .build();

      List<?> results = runPreAnnotate(config);

      assertThat(results).hasSize(1);
      assertThat(((ImageAnnotations) results.get(0)).annotations()).hasSize(1);
      assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/label/model/train/");
      assertThat(server.takeRequest().getPath()).isEqualTo("/api/v1/label/model/predict/");
    }
  }

  private static String readmeJavaBlock() throws IOException {
    Matcher matcher = JAVA_BLOCK.matcher(Files.readString(README, StandardCharsets.UTF_8));
    assertThat(matcher.find()).as("README.md has a java code block").isTrue();
    return matcher.group(1);
  }

  private void compile(Path source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = compiler.getTask(diagnostics, null, null,
        List.of("-classpath", System.getProperty("java.class.path"), "-d", work.toString()), null,
        compiler.getStandardFileManager(null, null, StandardCharsets.UTF_8).getJavaFileObjects(source.toFile())).call();
    assertThat(compiled).as(diagnostics.toString()).isTrue();
  }

  private List<?> runPreAnnotate(LabelConfig config) throws Exception {
    try (URLClassLoader loader = new URLClassLoader(new URL[] {work.toUri().toURL()}, getClass().getClassLoader())) {
      Method preAnnotate = loader.loadClass("PreAnnotate")
          .getDeclaredMethod("preAnnotate", LabelConfig.class, ProjectId.class, AppId.class, List.class);
      preAnnotate.setAccessible(true);
      return (List<?>) preAnnotate.invoke(null, config, ProjectId.of(1), AppId.of(2),
          List.of(ImageReference.parse("http://127.0.0.1/a.jpg")));
    }
  }
}
