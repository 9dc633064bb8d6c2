package com.routebook.adapter.jsf.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The English and Swedish bundles have the same keys, and every key a view names exists. */
class MessageBundleTest {

  private static final Pattern VIEW_KEY = Pattern.compile("msg\\['([^']+)'\\]");
  private static final Path VIEWS = Path.of("src/main/resources/META-INF/resources");

  @Test
  void englishAndSwedishHaveTheSameKeys() throws IOException {
    assertThat(load("messages_sv.properties").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load("messages.properties").stringPropertyNames());
  }

  @Test
  void everyKeyAViewNamesIsInTheBundle() throws IOException {
    Set<String> keys = load("messages.properties").stringPropertyNames();
    Set<String> missing = new TreeSet<>();
    Set<String> named = new HashSet<>();
    try (Stream<Path> files = Files.walk(VIEWS)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".xhtml")).toList()) {
        Matcher matcher = VIEW_KEY.matcher(Files.readString(file, StandardCharsets.UTF_8));
        while (matcher.find()) {
          named.add(matcher.group(1));
        }
      }
    }
    named.stream().filter(key -> !keys.contains(key)).forEach(missing::add);
    assertThat(named).isNotEmpty();
    assertThat(missing).isEmpty();
  }

  private static Properties load(String name) throws IOException {
    Properties properties = new Properties();
    try (InputStream in =
        MessageBundleTest.class.getResourceAsStream("/com/routebook/adapter/jsf/" + name)) {
      properties.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
    }
    return properties;
  }
}
