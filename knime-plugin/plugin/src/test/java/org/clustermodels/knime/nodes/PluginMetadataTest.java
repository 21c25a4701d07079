package org.clustermodels.knime.nodes;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.awt.image.BufferedImage;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The plug-in's metadata as KNIME reads it: MANIFEST.MF, plugin.xml, build.properties, the category icon and the
 * class-file level. Reads files only; no glue class is loaded (the KNIME API is not on this test's class path).
 */
public class PluginMetadataTest {
  private static final Path BASE = Paths.get(System.getProperty("plugin.basedir", "."));

  private static Attributes manifest() throws IOException {
    try (InputStream in = Files.newInputStream(BASE.resolve("META-INF/MANIFEST.MF"))) {
      return new Manifest(in).getMainAttributes();
    }
  }

  private static Document pluginXml() throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(BASE.resolve("plugin.xml").toFile());
  }

  @Test
  public void manifestRequiresKnimeFiveAndJava17() throws IOException {
    Attributes m = manifest();
    assertEquals("org.clustermodels.knime;singleton:=true", m.getValue("Bundle-SymbolicName"));
    assertEquals("JavaSE-17", m.getValue("Bundle-RequiredExecutionEnvironment"));
    List<String> required = List.of(m.getValue("Require-Bundle").split(",\\s*(?=[a-z])"));
    assertEquals(List.of("org.knime.core;bundle-version=\"[5.0.0,6.0.0)\"", "org.clustermodels.core",
        "org.clustermodels.knime.logic"), required);
    // Tycho replaces "qualifier"; the rest must be the Maven version (0.1.0-SNAPSHOT -> 0.1.0.qualifier)
    String mavenVersion = System.getProperty("plugin.version", "0.1.0-SNAPSHOT");
    assertEquals(mavenVersion.replace("-SNAPSHOT", "") + ".qualifier", m.getValue("Bundle-Version"));
  }

  @Test
  public void categoryIsBelowCommunityNodesWithASixteenPixelIcon() throws Exception {
    NodeList categories = pluginXml().getElementsByTagName("category");
    assertEquals(1, categories.getLength());
    Element category = (Element) categories.item(0);
    assertEquals("org.knime.workbench.repository.categories",
        ((Element) category.getParentNode()).getAttribute("point"));
    assertEquals("/community", category.getAttribute("path"));
    assertEquals("clustermodels", category.getAttribute("level-id"));
    assertFalse(category.getAttribute("name").isEmpty());
    BufferedImage icon = ImageIO.read(BASE.resolve(category.getAttribute("icon")).toFile());
    assertNotNull("not an image: " + category.getAttribute("icon"), icon);
    assertEquals(16, icon.getWidth());
    assertEquals(16, icon.getHeight());
  }

  @Test
  public void everyNodeIsInTheClusterModelsCategory() throws Exception {
    NodeList nodes = pluginXml().getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      Element node = (Element) nodes.item(i);
      assertEquals(node.getAttribute("factory-class"), "/community/clustermodels",
          node.getAttribute("category-path"));
    }
  }

  @Test
  public void buildPropertiesShipMetadataIconsAndOnlyMainSources() throws IOException {
    Properties p = new Properties();
    try (InputStream in = Files.newInputStream(BASE.resolve("build.properties"))) {
      p.load(in);
    }
    assertEquals("src/main/java/", p.getProperty("source.."));
    List<String> includes = List.of(p.getProperty("bin.includes").split(",\\s*"));
    assertTrue(includes.toString(), includes.containsAll(List.of("META-INF/", ".", "plugin.xml", "icons/")));
  }

  @Test
  public void knimeApiIsNotOnTheTestClassPath() {
    // the compile-only stand-in must never run: a glue class loaded here would fail, not pass on throwing stubs
    for (String type : List.of("org.knime.core.node.NodeModel", "org.knime.core.node.NodeSettingsRO")) {
      try {
        Class.forName(type, false, getClass().getClassLoader());
        fail(type + " is on the test class path");
      } catch (ClassNotFoundException expected) {
        // as it should be
      }
    }
  }

  @Test
  public void classesAreJava17Bytecode() throws IOException {
    Path classes = Paths.get(System.getProperty("plugin.classes", "target/classes"));
    List<Path> files;
    try (Stream<Path> s = Files.walk(classes)) {
      files = s.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
    }
    assertFalse("no classes in " + classes, files.isEmpty());
    List<String> wrong = new ArrayList<>();
    for (Path f : files) {
      try (DataInputStream in = new DataInputStream(Files.newInputStream(f))) {
        assertEquals(0xCAFEBABE, in.readInt());
        in.readUnsignedShort();
        int major = in.readUnsignedShort();
        if (major != 61) {
          wrong.add(classes.relativize(f) + ": class file version " + major);
        }
      }
    }
    assertEquals("", String.join("\n", wrong));
  }
}
