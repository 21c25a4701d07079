package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import org.junit.Test;
import org.w3c.dom.Element;

/** The SVG writer: well-formed output, escaping, fixed-point numbers independent of the locale. */
public class SvgSurfaceTest {
  static {
    RenderTrees.headless();
  }

  @Test
  public void numbersAreFixedPointWithAtMostTwoDecimalsInAnyLocale() {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(Locale.GERMANY);
      assertEquals("12.5", SvgSurface.num(12.5));
      assertEquals("0.33", SvgSurface.num(1.0 / 3));
      assertEquals("-2.07", SvgSurface.num(-2.066));
      assertEquals("3", SvgSurface.num(2.999));
      assertEquals("0", SvgSurface.num(-0.001));
      assertEquals("1000000", SvgSurface.num(1e6));
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  public void textIsEscapedAndCharactersXmlForbidsAreReplaced() throws Exception {
    SvgSurface s = new SvgSurface(100, 50);
    String label = "a<b & \"c\" 'd'>\u0001\uD83D\uDE00";
    s.beginGroup("labels");
    s.text(label, 10, 10, new TextStyle(10, false, Color.BLACK), Anchor.LEFT, -90);
    s.endGroup();
    Svg svg = Svg.parse(s.toSvg());
    assertEquals(List.of("a<b & \"c\" 'd'>\uFFFD\uD83D\uDE00"), svg.texts("labels"));
  }

  @Test
  public void documentHasTheSizeAndElementsDrawnAndDashesScaleWithTheWidth() throws Exception {
    SvgSurface s = new SvgSurface(320, 200);
    s.pushClip(0, 0, 100, 100);
    s.beginGroup("shapes");
    s.line(0, 0, 10, 10, new Pen(new Color(0x11, 0x22, 0x33), 2, Pen.Dash.DASHED));
    s.polyline(new double[] {0, 1, 2}, new double[] {3, 4, 5}, 3, Pen.solid(Color.RED, 1));
    s.rect(1, 2, 3, 4, new Color(0, 0, 255, 128), null);
    s.circle(5, 5, 2, null, Pen.solid(Color.GREEN, 1));
    s.endGroup();
    s.popClip();
    Svg svg = Svg.parse(s.toSvg());
    Element root = svg.root();
    assertEquals("svg", root.getLocalName());
    assertEquals("320", root.getAttribute("width"));
    assertEquals("0 0 320 200", root.getAttribute("viewBox"));
    Element line = svg.in("shapes", "line").get(0);
    assertEquals("#112233", line.getAttribute("stroke"));
    assertEquals("8,6", line.getAttribute("stroke-dasharray"));
    assertEquals("0,3 1,4 2,5", svg.in("shapes", "polyline").get(0).getAttribute("points"));
    assertEquals("0.5", svg.in("shapes", "rect").get(0).getAttribute("fill-opacity"));
    assertEquals(1, svg.in("shapes", "circle").size());
  }

  @Test
  public void givenUnbalancedGroupsOrClipsWhenWritingThenItFails() {
    SvgSurface s = new SvgSurface(10, 10);
    s.beginGroup("open");
    assertTrue(assertThrows(IllegalStateException.class, s::toSvg).getMessage().contains("still open"));
    s.endGroup();
    assertThrows(IllegalStateException.class, s::endGroup);
    assertThrows(IllegalStateException.class, s::popClip);
    s.pushClip(0, 0, 5, 5);
    assertTrue(assertThrows(IllegalStateException.class, s::endGroup).getMessage().contains("pushClip"));
    assertThrows(IllegalArgumentException.class, () -> s.beginGroup("a b"));
    assertThrows(IllegalArgumentException.class, () -> new SvgSurface(0, 10));
  }
}
