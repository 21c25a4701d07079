package org.clustermodels.knime.site;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.objectweb.asm.ClassReader;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Checks a built update-site zip (a p2 repository) without installing it: the feature and the three ClusterModels
 * bundles are there, with the versions the feature names and one release version (x.y.z; a bundle left unchanged
 * by a partial build may keep an older qualifier), nothing of KNIME (the stand-in) is, the p2 metadata has the feature and
 * the category, and every node factory and port type that the plug-in's plugin.xml registers exists in the
 * plug-in jar, factories with their node description. Nothing is loaded: class files are read with ASM.
 */
final class SiteCheck {
  static final String FEATURE = "org.clustermodels.knime.feature";
  static final String PLUGIN = "org.clustermodels.knime";
  static final List<String> BUNDLES = List.of(PLUGIN, "org.clustermodels.core", "org.clustermodels.knime.logic");
  static final String NODE_FACTORY = "org/knime/core/node/NodeFactory";
  static final String DESCRIPTION_NS = "http://knime.org/node/v4.1";
  static final String CATEGORY_PATH = "/community/clustermodels";

  private static final Pattern JAR = Pattern.compile("(features|plugins)/([^/_]+)_([^/]+)\\.jar");

  private final List<String> problems = new ArrayList<>();

  private SiteCheck() {
  }

  /**
   * @param zip the update-site zip
   * @return what is wrong, one line per problem; empty if the site is complete
   * @throws IOException if the zip cannot be read
   */
  static List<String> problems(Path zip) throws IOException {
    SiteCheck c = new SiteCheck();
    c.check(readZip(zip));
    return c.problems;
  }

  static Map<String, byte[]> readZip(Path zip) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipFile z = new ZipFile(zip.toFile())) {
      for (ZipEntry e : java.util.Collections.list(z.entries())) {
        if (!e.isDirectory()) {
          try (InputStream in = z.getInputStream(e)) {
            out.put(e.getName(), in.readAllBytes());
          }
        }
      }
    }
    return out;
  }

  static Map<String, byte[]> readJar(byte[] jar) throws IOException {
    Map<String, byte[]> out = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(jar))) {
      for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        if (!e.isDirectory()) {
          out.put(e.getName(), in.readAllBytes());
        }
      }
    }
    return out;
  }

  private void problem(String p) {
    problems.add(p);
  }

  private void check(Map<String, byte[]> site) throws IOException {
    Map<String, String> versions = new HashMap<>(); // id -> version of features/ and plugins/ jars
    Map<String, byte[]> jars = new HashMap<>();
    for (Map.Entry<String, byte[]> e : site.entrySet()) {
      Matcher m = JAR.matcher(e.getKey());
      if (!m.matches()) {
        continue;
      }
      String id = m.group(2);
      if (id.startsWith("org.knime")) {
        problem(e.getKey() + ": KNIME's bundles (or the compile-only stand-in) must not be in the site");
      }
      if (versions.put(id, m.group(3)) != null) {
        problem(id + ": more than one version in the site");
      }
      jars.put(id, e.getValue());
    }
    String version = versions.get(FEATURE);
    if (version == null) {
      problem("features/" + FEATURE + "_*.jar missing");
      return;
    }
    for (String id : BUNDLES) {
      if (!versions.containsKey(id)) {
        problem("plugins/" + id + "_*.jar missing");
      } else if (!base(versions.get(id)).equals(base(version))) {
        problem(id + " has version " + versions.get(id) + ", the feature " + version);
      } else {
        checkBundle(id, version, readJar(jars.get(id)));
      }
    }
    checkFeatureXml(version, readJar(jars.get(FEATURE)), versions);
    checkP2Metadata(site, version);
    if (jars.containsKey(PLUGIN)) {
      checkPluginXml(readJar(jars.get(PLUGIN)));
    }
  }

  private void checkBundle(String id, String version, Map<String, byte[]> jar) throws IOException {
    byte[] mf = jar.get("META-INF/MANIFEST.MF");
    if (mf == null) {
      problem(id + ": no MANIFEST.MF");
      return;
    }
    Attributes a = new Manifest(new ByteArrayInputStream(mf)).getMainAttributes();
    String bsn = String.valueOf(a.getValue("Bundle-SymbolicName")).split(";")[0].trim();
    if (!id.equals(bsn)) {
      problem(id + ": jar's Bundle-SymbolicName is " + bsn);
    }
    if (!version.equals(a.getValue("Bundle-Version"))) {
      problem(id + ": Bundle-Version " + a.getValue("Bundle-Version") + ", the jar name says " + version);
    }
    for (String name : jar.keySet()) {
      if (name.startsWith("org/knime/")) {
        problem(id + " contains KNIME API classes: " + name);
        break;
      }
    }
    if (id.equals(PLUGIN)) {
      String require = String.valueOf(a.getValue("Require-Bundle"));
      if (!require.contains("org.knime.core;bundle-version=\"[5.0.0,6.0.0)\"")) {
        problem(id + ": Require-Bundle lacks org.knime.core;bundle-version=\"[5.0.0,6.0.0)\": " + require);
      }
      String ee = a.getValue("Bundle-RequiredExecutionEnvironment") + " " + a.getValue("Require-Capability");
      if (!ee.contains("JavaSE-17") && !ee.contains("(version=17)")) {
        problem(id + ": does not require Java 17: " + ee);
      }
    }
  }

  /** @return major.minor.micro of an OSGi version (the qualifier of an unchanged bundle may be older) */
  private static String base(String osgiVersion) {
    String[] parts = osgiVersion.split("\\.");
    return parts.length < 3 ? osgiVersion : parts[0] + "." + parts[1] + "." + parts[2];
  }

  private void checkFeatureXml(String version, Map<String, byte[]> featureJar, Map<String, String> jarVersions) {
    Document d = parse("feature.xml", featureJar.get("feature.xml"));
    if (d == null) {
      return;
    }
    Element f = d.getDocumentElement();
    if (!FEATURE.equals(f.getAttribute("id")) || !version.equals(f.getAttribute("version"))) {
      problem("feature.xml: id/version " + f.getAttribute("id") + " " + f.getAttribute("version"));
    }
    List<String> included = new ArrayList<>();
    NodeList plugins = f.getElementsByTagName("plugin");
    for (int i = 0; i < plugins.getLength(); i++) {
      Element p = (Element) plugins.item(i);
      included.add(p.getAttribute("id"));
      String jarVersion = jarVersions.get(p.getAttribute("id"));
      if (!p.getAttribute("version").equals(jarVersion)) {
        problem("feature.xml: " + p.getAttribute("id") + " " + p.getAttribute("version") + ", but plugins/ has "
            + jarVersion);
      }
    }
    if (!included.equals(BUNDLES)) {
      problem("feature.xml includes " + included + ", expected " + BUNDLES);
    }
  }

  private void checkP2Metadata(Map<String, byte[]> site, String version) throws IOException {
    if (!site.containsKey("artifacts.jar") && !site.containsKey("artifacts.xml.xz")) {
      problem("no p2 artifact index (artifacts.jar)");
    }
    byte[] contentJar = site.get("content.jar");
    if (contentJar == null) {
      problem("no p2 metadata (content.jar)");
      return;
    }
    Document d = parse("content.xml", readJar(contentJar).get("content.xml"));
    if (d == null) {
      return;
    }
    boolean featureGroup = false;
    boolean category = false;
    NodeList units = d.getElementsByTagName("unit");
    for (int i = 0; i < units.getLength(); i++) {
      Element u = (Element) units.item(i);
      String id = u.getAttribute("id");
      if (id.startsWith("org.knime")) {
        problem("p2 metadata has a KNIME unit: " + id);
      }
      if (id.equals(FEATURE + ".feature.group") && u.getAttribute("version").equals(version)) {
        featureGroup = true;
      }
      Map<String, String> props = properties(u);
      if ("true".equals(props.get("org.eclipse.equinox.p2.type.category"))
          && "ClusterModels".equals(props.get("org.eclipse.equinox.p2.name"))) {
        category = true;
      }
    }
    if (!featureGroup) {
      problem("p2 metadata lacks " + FEATURE + ".feature.group " + version);
    }
    if (!category) {
      problem("p2 metadata lacks the category \"ClusterModels\"");
    }
  }

  private static Map<String, String> properties(Element unit) {
    Map<String, String> out = new HashMap<>();
    NodeList props = unit.getElementsByTagName("property");
    for (int i = 0; i < props.getLength(); i++) {
      Element p = (Element) props.item(i);
      if (p.getParentNode().getParentNode() == unit) {
        out.put(p.getAttribute("name"), p.getAttribute("value"));
      }
    }
    return out;
  }

  private void checkPluginXml(Map<String, byte[]> jar) {
    Document d = parse(PLUGIN + "/plugin.xml", jar.get("plugin.xml"));
    if (d == null) {
      return;
    }
    NodeList categories = d.getElementsByTagName("category");
    for (int i = 0; i < categories.getLength(); i++) {
      String icon = ((Element) categories.item(i)).getAttribute("icon");
      if (!jar.containsKey(icon)) {
        problem("plugin.xml: category icon " + icon + " not in the plug-in jar");
      }
    }
    NodeList nodes = d.getElementsByTagName("node");
    for (int i = 0; i < nodes.getLength(); i++) {
      checkNode((Element) nodes.item(i), jar);
    }
    NodeList ports = d.getElementsByTagName("portType");
    for (int i = 0; i < ports.getLength(); i++) {
      Element p = (Element) ports.item(i);
      for (String attr : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
        String cls = p.getAttribute(attr);
        if (!cls.isEmpty() && !jar.containsKey(classFile(cls))) {
          problem("plugin.xml: port type " + p.getAttribute("name") + " " + attr + " " + cls
              + " not in the plug-in jar");
        }
      }
    }
  }

  private void checkNode(Element node, Map<String, byte[]> jar) {
    String factory = node.getAttribute("factory-class");
    if (!node.getAttribute("category-path").equals(CATEGORY_PATH)) {
      problem("plugin.xml: " + factory + " is in category " + node.getAttribute("category-path"));
    }
    if (!jar.containsKey(classFile(factory))) {
      problem("plugin.xml: node factory " + factory + " not in the plug-in jar");
    } else if (!extendsNodeFactory(factory.replace('.', '/'), jar)) {
      problem("plugin.xml: " + factory + " does not extend " + NODE_FACTORY.replace('/', '.'));
    }
    String descriptionPath = factory.replace('.', '/') + ".xml";
    byte[] description = jar.get(descriptionPath);
    if (description == null) {
      problem("plugin.xml: node factory " + factory + " has no node description " + descriptionPath);
      return;
    }
    Document d = parse(descriptionPath, description);
    if (d == null) {
      return;
    }
    Element root = d.getDocumentElement();
    if (!"knimeNode".equals(root.getLocalName()) || !DESCRIPTION_NS.equals(root.getNamespaceURI())) {
      problem(descriptionPath + ": root is " + root.getNamespaceURI() + " " + root.getLocalName()
          + ", expected knimeNode in " + DESCRIPTION_NS);
    }
    String icon = root.getAttribute("icon");
    if (!icon.isEmpty()) {
      String dir = descriptionPath.substring(0, descriptionPath.lastIndexOf('/') + 1);
      String iconPath = java.nio.file.Paths.get(dir + icon).normalize().toString();
      if (!jar.containsKey(iconPath)) {
        problem(descriptionPath + ": icon " + icon + " not in the plug-in jar (" + iconPath + ")");
      }
    }
  }

  /** Follows the superclass chain inside the jar; true if it leaves the jar at KNIME's NodeFactory. */
  private static boolean extendsNodeFactory(String internalName, Map<String, byte[]> jar) {
    String name = internalName;
    for (int depth = 0; depth < 20; depth++) {
      byte[] bytes = jar.get(name + ".class");
      if (bytes == null) {
        return NODE_FACTORY.equals(name);
      }
      name = new ClassReader(bytes).getSuperName();
    }
    return false;
  }

  private static String classFile(String binaryName) {
    return binaryName.replace('.', '/') + ".class";
  }

  private Document parse(String what, byte[] xml) {
    if (xml == null) {
      problem(what + " missing");
      return null;
    }
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    } catch (Exception e) {
      problem(what + " does not parse: " + e.getMessage());
      return null;
    }
  }
}
