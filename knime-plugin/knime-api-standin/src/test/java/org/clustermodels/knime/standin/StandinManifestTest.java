package org.clustermodels.knime.standin;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.Attributes;
import java.util.jar.Manifest;

import org.junit.Test;
import org.objectweb.asm.tree.ClassNode;

/** The stand-in's OSGi headers: named like KNIME's bundle, a 5.x version, exporting every package it declares. */
public class StandinManifestTest {
  private static Attributes manifest() throws IOException {
    try (InputStream in = Files.newInputStream(StandinBytecodeTest.classesDir().resolve("META-INF/MANIFEST.MF"))) {
      return new Manifest(in).getMainAttributes();
    }
  }

  @Test
  public void bundleIsNamedLikeKnimesCoreWithAStandinFiveVersion() throws IOException {
    Attributes a = manifest();
    assertEquals("org.knime.core", a.getValue("Bundle-SymbolicName"));
    String version = a.getValue("Bundle-Version");
    assertEquals(System.getProperty("standin.bundle.version", "5.0.0.standin"), version);
    String[] parts = version.split("\\.");
    assertEquals("5", parts[0]);
    assertTrue("qualifier says stand-in: " + version, parts[3].contains("standin"));
  }

  @Test
  public void everyDeclaredPackageIsExportedWithoutAVersion() throws IOException {
    Set<String> declared = new TreeSet<>();
    for (ClassNode cn : StandinBytecodeTest.standinClasses()) {
      declared.add(cn.name.substring(0, cn.name.lastIndexOf('/')).replace('/', '.'));
    }
    Set<String> exported = new TreeSet<>();
    for (String clause : clauses(manifest().getValue("Export-Package"))) {
      String[] bits = clause.split(";");
      exported.add(bits[0].trim());
      // KNIME exports its packages without a version (0.0.0); the plug-in constrains the bundle version instead
      assertTrue(clause, Arrays.stream(bits).noneMatch(b -> b.trim().startsWith("version=")));
    }
    assertEquals(declared, exported);
  }

  /** Splits an OSGi header at the commas outside quotes. */
  static List<String> clauses(String header) {
    List<String> out = new ArrayList<>();
    StringBuilder clause = new StringBuilder();
    boolean quoted = false;
    for (char c : header.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      }
      if (c == ',' && !quoted) {
        out.add(clause.toString());
        clause.setLength(0);
      } else {
        clause.append(c);
      }
    }
    out.add(clause.toString());
    return out;
  }

  @Test
  public void headerClausesSplitOutsideQuotesOnly() {
    assertEquals(List.of("a;uses:=\"b,c\"", "d"), clauses("a;uses:=\"b,c\",d"));
  }
}
