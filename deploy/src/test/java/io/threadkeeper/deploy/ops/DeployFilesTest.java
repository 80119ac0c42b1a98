package io.threadkeeper.deploy.ops;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.threadkeeper.deploy.ConfigurationKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The Dockerfile, compose file and Helm chart under deploy/ checked against the code: no image can
 * be built or chart installed here, so the files are parsed (the chart after rendering the subset
 * of Helm it uses, see {@link HelmSubset}; the Dockerfile as text) and compared with what {@link
 * HealthServer} serves and {@link ConfigurationKeys} lists.
 */
class DeployFilesTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path CHART = Path.of("helm", "threadkeeper");
  private static final String HTTP_PORT = OpsSettings.PORT;

  @Test
  void theImageListensWhereTheHealthServerDoesAndChecksReadiness() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("Dockerfile"));
    String text = String.join("\n", lines);

    assertThat(lines).contains("EXPOSE " + HealthServer.DEFAULT_PORT);
    assertThat(lines).contains("ENV " + HTTP_PORT + "=" + HealthServer.DEFAULT_PORT);
    assertThat(text)
        .contains("HEALTHCHECK")
        .contains("http://127.0.0.1:${" + HTTP_PORT + "}" + HealthServer.READINESS_PATH);
    assertThat(lines)
        .filteredOn(l -> l.startsWith("FROM "))
        .containsExactly("FROM eclipse-temurin:17-jdk AS build", "FROM eclipse-temurin:17-jre");
    assertThat(lines)
        .filteredOn(l -> l.startsWith("USER "))
        .singleElement()
        .satisfies(
            user -> {
              assertThat(user).doesNotContain("root").doesNotMatch("USER 0(:.*)?");
            });
    assertThat(lines)
        .filteredOn(l -> l.startsWith("ENV "))
        .allSatisfy(env -> assertThat(ConfigurationKeys.ALL).contains(env.split("[ =]")[1]));
  }

  @Test
  void composeGivesTheBotKnownSettingsAndTakesSecretsOnlyFromTheEnvFile() throws IOException {
    Map<String, Object> compose = yaml(Files.readString(Path.of("compose.yaml")));
    Map<String, Object> bot = map(compose, "services", "bot");
    Map<String, Object> environment = map(bot, "environment");

    assertThat(bot.get("env_file")).isEqualTo(".env");
    assertThat(environment.keySet())
        .allSatisfy(name -> assertThat(ConfigurationKeys.isKnown(name)).as(name).isTrue())
        .doesNotContainAnyElementsOf(ConfigurationKeys.SECRETS);
    String port = String.valueOf(environment.get(HTTP_PORT));
    assertThat(bot.get("ports")).isEqualTo(List.of(port + ":" + port));
    assertThat(map(bot, "healthcheck").get("test").toString())
        .contains("http://127.0.0.1:" + port + HealthServer.READINESS_PATH);

    Map<String, Object> postgres = map(compose, "services", "postgres");
    assertThat(postgres.get("image")).isEqualTo("postgres:15");
    assertThat(postgres.get("volumes").toString()).contains("threadkeeper-data:");
    assertThat(map(compose, "volumes")).containsKey("threadkeeper-data");
    assertThat(postgres).containsKey("healthcheck");
  }

  @Test
  void theEnvFileExampleHoldsOnlySettingsAndThePostgresPassword() throws IOException {
    List<String> names =
        Files.readAllLines(Path.of(".env.example")).stream()
            .filter(l -> !l.isBlank() && !l.startsWith("#"))
            .map(l -> l.substring(0, l.indexOf('=')))
            .toList();

    assertThat(names).contains(ConfigurationKeys.DATABASE_URL, "POSTGRES_PASSWORD");
    assertThat(names)
        .filteredOn(name -> !name.equals("POSTGRES_PASSWORD"))
        .allSatisfy(name -> assertThat(ConfigurationKeys.isKnown(name)).as(name).isTrue());
  }

  @Test
  void theChartProbesThePathsAndThePortTheHealthServerServes() throws IOException {
    for (Object port : List.of(HealthServer.DEFAULT_PORT, 9090)) {
      Map<String, Object> values = values();
      map(values, "http").put("port", port);
      Map<String, Object> container = container(render("deployment.yaml", values));
      Map<String, Object> config = map(render("configmap.yaml", values), "data");

      assertThat(map(container, "livenessProbe", "httpGet").get("path"))
          .isEqualTo(HealthServer.LIVENESS_PATH);
      assertThat(map(container, "readinessProbe", "httpGet").get("path"))
          .isEqualTo(HealthServer.READINESS_PATH);
      for (String probe : List.of("livenessProbe", "readinessProbe")) {
        Object named = map(container, probe, "httpGet").get("port");
        assertThat(containerPort(container, named)).as(probe).isEqualTo(port);
      }
      assertThat(config.get(HTTP_PORT)).isEqualTo(String.valueOf(port));
    }
  }

  @Test
  void secretsGoOnlyToTheSecretAndEverythingSetIsAKnownSetting() throws IOException {
    Map<String, Object> values = values();
    map(values, "secrets").replaceAll((key, v) -> "sentinel-" + key);
    map(values, "config").replaceAll((key, v) -> v.toString().isEmpty() ? "set-" + key : v);
    Map<String, Object> config = map(render("configmap.yaml", values), "data");
    Map<String, Object> secret = map(render("secret.yaml", values), "stringData");

    assertThat(config.keySet())
        .allSatisfy(name -> assertThat(ConfigurationKeys.ALL).contains(name))
        .doesNotContainAnyElementsOf(ConfigurationKeys.SECRETS);
    assertThat(secret.keySet()).containsExactlyInAnyOrderElementsOf(ConfigurationKeys.SECRETS);
    for (String template : List.of("deployment.yaml", "configmap.yaml", "pdb.yaml")) {
      assertThat(renderText(template, values)).as(template).doesNotContain("sentinel-");
    }
    Map<String, Object> deployment = render("deployment.yaml", values);
    String name = (String) map(render("configmap.yaml", values), "metadata").get("name");
    assertThat(container(deployment).get("envFrom").toString())
        .contains("configMapRef={name=" + name + "}", "secretRef={name=" + name + "}");
    assertThat(container(deployment)).doesNotContainKey("env");
  }

  @Test
  void theDisruptionBudgetCoversTheDeploymentsPods() throws IOException {
    Map<String, Object> pdb = render("pdb.yaml", values());
    Map<String, Object> deployment = render("deployment.yaml", values());

    assertThat(pdb.get("kind")).isEqualTo("PodDisruptionBudget");
    assertThat(map(pdb, "spec", "selector")).isEqualTo(map(deployment, "spec", "selector"));
    assertThat(map(deployment, "spec", "template", "metadata", "labels"))
        .containsAllEntriesOf(map(deployment, "spec", "selector", "matchLabels"));
    assertThat(map(yaml(Files.readString(CHART.resolve("Chart.yaml")))).get("name"))
        .isEqualTo("threadkeeper");
  }

  private static Object containerPort(Map<String, Object> container, Object port) {
    if (port instanceof Number) {
      return port;
    }
    List<Map<String, Object>> ports = list(container.get("ports"));
    return ports.stream()
        .filter(p -> port.equals(p.get("name")))
        .map(p -> p.get("containerPort"))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port));
  }

  private static Map<String, Object> container(Map<String, Object> deployment) {
    List<Map<String, Object>> containers =
        list(map(deployment, "spec", "template", "spec").get("containers"));
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static Map<String, Object> values() throws IOException {
    return yaml(Files.readString(CHART.resolve("values.yaml")));
  }

  private static Map<String, Object> render(String template, Map<String, Object> values)
      throws IOException {
    return yaml(renderText(template, values));
  }

  private static String renderText(String template, Map<String, Object> values) throws IOException {
    String text = Files.readString(CHART.resolve("templates").resolve(template));
    return new HelmSubset(values, "tk").render(text);
  }

  private static Map<String, Object> yaml(String text) throws IOException {
    return YAML.readValue(text, new TypeReference<LinkedHashMap<String, Object>>() {});
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Map<String, Object> root, String... path) {
    Map<String, Object> node = root;
    for (String key : path) {
      assertThat(node).as("path %s", String.join(".", path)).containsKey(key);
      node = (Map<String, Object>) node.get(key);
    }
    return node;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object node) {
    return (List<Map<String, Object>>) node;
  }
}
