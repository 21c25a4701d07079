package org.clustermodels.knime.site;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * The update-site zip that this build produced ({@code update-site/target/*.zip}) passes {@link SiteCheck}; copies
 * of it with one defect each (a registered factory without its class or without its description, the stand-in
 * in the site, a feature naming another version) fail it, and a copy with a complete extra node passes.
 */
public class SiteZipTest {
  private static final String FACTORY = "org.clustermodels.knime.nodes.test.ProbeNodeFactory";
  private static final String FACTORY_PATH = FACTORY.replace('.', '/');

  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private static Path builtZip() {
    Path zip = Paths.get(System.getProperty("site.zip", "../target/site.zip"));
    assertTrue("no update-site zip at " + zip + " (build update-site first)", Files.isRegularFile(zip));
    return zip;
  }

  @Test
  public void builtSiteHasFeatureAndBundlesWithMatchingVersionsAndNoStandin() throws IOException {
    Map<String, byte[]> site = SiteCheck.readZip(builtZip());
    assertEquals("", String.join("\n", SiteCheck.problems(builtZip())));
    // what the check found, said directly: one feature jar and the three bundles, nothing else in plugins/
    long features = site.keySet().stream().filter(n -> n.startsWith("features/" + SiteCheck.FEATURE + "_")).count();
    assertEquals(1, features);
    List<String> plugins = site.keySet().stream().filter(n -> n.startsWith("plugins/"))
        .map(n -> n.substring("plugins/".length(), n.lastIndexOf('_'))).sorted().toList();
    assertEquals(SiteCheck.BUNDLES.stream().sorted().toList(), plugins);
  }

  @Test
  public void registeredFactoryWithoutItsClassIsReported() throws IOException {
    Path zip = tamper(plugin(registerNode(), withDescription()));
    assertEquals(List.of("plugin.xml: node factory " + FACTORY + " not in the plug-in jar"), SiteCheck.problems(zip));
  }

  @Test
  public void registeredFactoryWithoutItsDescriptionIsReported() throws IOException {
    Path zip = tamper(plugin(registerNode(), withFactoryClass()));
    assertEquals(List.of("plugin.xml: node factory " + FACTORY + " has no node description " + FACTORY_PATH + ".xml"),
        SiteCheck.problems(zip));
  }

  @Test
  public void registeredFactoryWithClassAndDescriptionPasses() throws IOException {
    Path zip = tamper(plugin(registerNode(), withFactoryClass(), withDescription()));
    assertEquals(List.of(), SiteCheck.problems(zip));
  }

  @Test
  public void standinInTheSiteIsReported() throws IOException {
    Map<String, byte[]> standin = Map.of("META-INF/MANIFEST.MF",
        "Manifest-Version: 1.0\nBundle-SymbolicName: org.knime.core\nBundle-Version: 5.0.0.standin\n"
            .getBytes(StandardCharsets.UTF_8));
    Path zip = tamper(site -> {
      site.put("plugins/org.knime.core_5.0.0.standin.jar", jar(standin));
      return site;
    });
    assertEquals(List.of("plugins/org.knime.core_5.0.0.standin.jar: KNIME's bundles (or the compile-only stand-in)"
        + " must not be in the site"), SiteCheck.problems(zip));
  }

  @Test
  public void featureNamingAnotherBundleVersionIsReported() throws IOException {
    Path zip = tamper(site -> {
      String name = site.keySet().stream().filter(n -> n.startsWith("features/")).findFirst().orElseThrow();
      Map<String, byte[]> feature = unjar(site.get(name));
      String xml = new String(feature.get("feature.xml"), StandardCharsets.UTF_8);
      int core = xml.indexOf("id=\"org.clustermodels.core\"");
      int from = xml.indexOf("version=\"", core) + "version=\"".length();
      xml = xml.substring(0, from) + "9.9.9" + xml.substring(xml.indexOf('"', from));
      feature.put("feature.xml", xml.getBytes(StandardCharsets.UTF_8));
      site.put(name, jar(feature));
      return site;
    });
    List<String> problems = SiteCheck.problems(zip);
    assertEquals(problems.toString(), 1, problems.size());
    assertTrue(problems.get(0), problems.get(0).startsWith("feature.xml: org.clustermodels.core 9.9.9, but plugins/ has 0.1.0."));
  }

  // ------------------------------------------------------------------ tampered copies of the built zip

  private Path tamper(UnaryOperator<Map<String, byte[]>> change) throws IOException {
    Map<String, byte[]> site = change.apply(new LinkedHashMap<>(SiteCheck.readZip(builtZip())));
    Path out = tmp.newFile("site.zip").toPath();
    Files.write(out, jar(site));
    return out;
  }

  @SafeVarargs
  private static UnaryOperator<Map<String, byte[]>> plugin(UnaryOperator<Map<String, byte[]>>... changes) {
    return site -> {
      String name = site.keySet().stream().filter(n -> n.startsWith("plugins/" + SiteCheck.PLUGIN + "_"))
          .findFirst().orElseThrow();
      Map<String, byte[]> jar = unjar(site.get(name));
      for (UnaryOperator<Map<String, byte[]>> c : changes) {
        jar = c.apply(jar);
      }
      site.put(name, jar(jar));
      return site;
    };
  }

  private static UnaryOperator<Map<String, byte[]>> registerNode() {
    return jar -> {
      String xml = new String(jar.get("plugin.xml"), StandardCharsets.UTF_8);
      String node = "<extension point=\"org.knime.workbench.repository.nodes\"><node factory-class=\"" + FACTORY
          + "\" category-path=\"" + SiteCheck.CATEGORY_PATH + "\"/></extension>\n</plugin>";
      jar.put("plugin.xml", xml.replace("</plugin>", node).getBytes(StandardCharsets.UTF_8));
      return jar;
    };
  }

  private static UnaryOperator<Map<String, byte[]>> withFactoryClass() {
    return jar -> {
      ClassWriter cw = new ClassWriter(0);
      cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC, FACTORY_PATH, null, SiteCheck.NODE_FACTORY, null);
      cw.visitEnd();
      jar.put(FACTORY_PATH + ".class", cw.toByteArray());
      return jar;
    };
  }

  private static UnaryOperator<Map<String, byte[]>> withDescription() {
    return jar -> {
      String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<knimeNode type=\"Learner\" xmlns=\""
          + SiteCheck.DESCRIPTION_NS + "\"><name>Probe</name><shortDescription>x</shortDescription>"
          + "<fullDescription><intro>x</intro></fullDescription><ports/></knimeNode>\n";
      jar.put(FACTORY_PATH + ".xml", xml.getBytes(StandardCharsets.UTF_8));
      return jar;
    };
  }

  private static Map<String, byte[]> unjar(byte[] bytes) {
    try {
      return new LinkedHashMap<>(SiteCheck.readJar(bytes));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] jar(Map<String, byte[]> entries) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream z = new ZipOutputStream(out)) {
      for (Map.Entry<String, byte[]> e : entries.entrySet()) {
        z.putNextEntry(new ZipEntry(e.getKey()));
        z.write(e.getValue());
        z.closeEntry();
      }
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }
}
