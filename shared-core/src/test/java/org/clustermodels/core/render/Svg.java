package org.clustermodels.core.render;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Parses SVG with the JDK's DOM parser (which fails on anything not well-formed) and finds elements in it. */
final class Svg {
  private static final String NS = "http://www.w3.org/2000/svg";

  final Document document;

  private Svg(Document document) {
    this.document = document;
  }

  /**
   * @param svg an SVG document
   * @return it parsed, namespace-aware, without DTDs or external entities
   * @throws Exception if it is not well-formed XML
   */
  static Svg parse(String svg) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return new Svg(factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8))));
  }

  /** @return the root element */
  Element root() {
    return document.getDocumentElement();
  }

  /**
   * @param groupClass the class of a {@code <g>}
   * @param tag an SVG element name
   * @return the elements of that name inside every group of that class
   */
  List<Element> in(String groupClass, String tag) {
    List<Element> found = new ArrayList<>();
    NodeList groups = document.getElementsByTagNameNS(NS, "g");
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (groupClass.equals(g.getAttribute("class"))) {
        NodeList inside = g.getElementsByTagNameNS(NS, tag);
        for (int j = 0; j < inside.getLength(); j++) {
          found.add((Element) inside.item(j));
        }
      }
    }
    return found;
  }

  /**
   * @param element an element
   * @param attribute the name of one of its numeric attributes, e.g. "cx"
   * @return the attribute's value
   */
  static double number(Element element, String attribute) {
    return Double.parseDouble(element.getAttribute(attribute));
  }

  /**
   * @param groupClass the class of a {@code <g>}
   * @return the text content of its {@code <text>} elements, in document order
   */
  List<String> texts(String groupClass) {
    return in(groupClass, "text").stream().map(Node::getTextContent).toList();
  }
}
