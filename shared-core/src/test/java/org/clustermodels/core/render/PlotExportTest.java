package org.clustermodels.core.render;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.clustermodels.core.hierarchy.Dendrogram;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** PNG and SVG files: written whole, decodable, the right size, not blank, with the cluster colours. */
public class PlotExportTest {
  static {
    RenderTrees.headless();
  }

  @Rule
  public TemporaryFolder folder = new TemporaryFolder();

  private static DendrogramPlot usArrests(int k) {
    return DendrogramPlot.of(RenderTrees.scipy("usarrests", "zscore", "average")).withCut(CutLine.atCount(k));
  }


  @Test
  public void pngIsDecodableTheRightSizeNotBlankAndShowsEveryClusterColour() throws IOException {
    DendrogramPlot plot = usArrests(4);
    Path file = folder.getRoot().toPath().resolve("tree.png");
    plot.writePng(file);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(960, image.getWidth());
    assertEquals(600, image.getHeight());
    int ink = Pixels.ink(image);
    assertTrue("ink on " + ink + " pixels", ink > 0.03 * image.getWidth() * image.getHeight());
    for (int c = 0; c < 4; c++) {
      // an 11 x 11 legend swatch has at most 121 pixels of the exact colour: more means links and strip too
      int pixels = Pixels.count(image, Palette.OKABE_ITO.color(c).getRGB());
      assertTrue("cluster " + c + ": " + pixels + " pixels", pixels > 121);
    }
    assertEquals(0, Pixels.count(image, Palette.OKABE_ITO.color(4).getRGB()));
    try (Stream<Path> files = Files.list(folder.getRoot().toPath())) {
      assertEquals("no temporary file left", List.of(file), files.toList());
    }
  }

  @Test
  public void scaledPngHasTheScaledSize() throws IOException {
    Path file = folder.getRoot().toPath().resolve("tree@2x.png");
    usArrests(3).writePng(file, 2);
    BufferedImage image = ImageIO.read(file.toFile());
    assertEquals(1920, image.getWidth());
    assertEquals(1200, image.getHeight());
  }

  @Test
  public void writingReplacesAnOldFileWholeAndStreamsGiveTheSameBytes() throws IOException {
    DendrogramPlot plot = usArrests(2);
    Path file = folder.getRoot().toPath().resolve("tree.svg");
    Files.writeString(file, "old");
    plot.writeSvg(file);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    plot.writeSvg(out);
    assertEquals(out.toString(StandardCharsets.UTF_8), Files.readString(file));
    assertTrue(Files.readString(file).startsWith("<?xml"));
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    plot.writePng(png);
    assertEquals(960, ImageIO.read(new java.io.ByteArrayInputStream(png.toByteArray())).getWidth());
  }

  @Test
  public void givenAMissingDirectoryWhenWritingThenItFailsAndWritesNothing() {
    Path missing = folder.getRoot().toPath().resolve("no/such/dir/tree.png");
    IOException e = assertThrows(IOException.class, () -> usArrests(2).writePng(missing));
    assertTrue(e.getMessage().contains("does not exist"));
    assertFalse(Files.exists(missing.getParent()));
  }

  @Test
  public void givenAnAbsurdScaleWhenRenderingThenTheMessageSuggestsSvg() {
    Dendrogram five = RenderTrees.five();
    assertTrue(assertThrows(IllegalArgumentException.class, () -> DendrogramPlot.of(five).toImage(100))
        .getMessage().contains("write SVG"));
    assertThrows(IllegalArgumentException.class, () -> DendrogramPlot.of(five).toImage(0));
  }
}
