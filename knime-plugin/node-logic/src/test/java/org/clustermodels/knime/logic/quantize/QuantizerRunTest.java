package org.clustermodels.knime.logic.quantize;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.clustermodels.core.data.MemoryCheck;
import org.clustermodels.core.progress.ProgressMonitor;
import org.clustermodels.core.render.ImageGallery;
import org.clustermodels.core.render.PaletteStrip;
import org.clustermodels.knime.logic.settings.MapSettings;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.OutputTable;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The Colour Quantizer's run on a hand-made image (figures against a direct computation from the written PNG),
 * on the project's photo (view data, pictures and their save/load round trip), and its bad input.
 */
public class QuantizerRunTest {
  /** 4 x 2 pixels: three near-black, one dark grey, three near-white, one light grey. */
  private static final int[] PIXELS = {0x000000, 0x020202, 0x000000, 0x101010, 0xFFFFFF, 0xFDFDFD, 0xFFFFFF,
      0xE0E0E0};

  @Rule
  public TemporaryFolder folder = new TemporaryFolder();

  private Path smallImage() throws IOException {
    BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, 4, 2, PIXELS, 0, 4);
    Path file = folder.getRoot().toPath().resolve("small.png");
    ImageIO.write(image, "png", file.toFile());
    return file;
  }

  private QuantizerNodeSettings settings(Path input, int k, String output, String palette, boolean overwrite) {
    return new QuantizerNodeSettings(input.toString(), k, 20_000, 0, folder.getRoot().toPath().resolve(output)
        .toString(), palette == null ? "" : folder.getRoot().toPath().resolve(palette).toString(), overwrite);
  }

  private static QuantizerResult run(QuantizerNodeSettings s) throws IOException {
    return QuantizerRun.run(s, ProgressMonitor.none(), MemoryCheck.runtime());
  }

  @Test
  public void givenASmallImage_whenQuantisedToTwoColours_thenTheFiguresMatchTheWrittenPng() throws IOException {
    QuantizerNodeSettings s = settings(smallImage(), 2, "out.png", "palette.svg", false);
    QuantizerResult result = run(s);
    BufferedImage written = ImageIO.read(s.output().toFile());
    assertEquals(4, written.getWidth());
    double sum = 0;
    Set<Integer> colours = new HashSet<>();
    for (int i = 0; i < PIXELS.length; i++) {
      int q = written.getRGB(i % 4, i / 4) & 0xFFFFFF;
      colours.add(q);
      for (int shift = 0; shift <= 16; shift += 8) {
        double d = ((PIXELS[i] >> shift) & 0xFF) - ((q >> shift) & 0xFF);
        sum += d * d;
      }
    }
    assertEquals(2, colours.size());
    double mse = sum / (3 * PIXELS.length);
    OutputTable figures = result.figures();
    assertEquals(1, figures.rowCount());
    assertArrayEquals(new Object[] {4, 2, 8, 6, 2, 24, 1}, java.util.Arrays.copyOf(figures.row(0), 7));
    assertEquals(mse, (Double) figures.get(0, 7), 1e-12);
    assertEquals(10 * Math.log10(255.0 * 255 / mse), (Double) figures.get(0, 8), 1e-9);
    assertEquals(false, figures.get(0, 9));
    OutputTable palette = result.palette();
    assertEquals(2, palette.rowCount());
    int pixels = 0;
    double share = 0;
    for (int c = 0; c < 2; c++) {
      Object[] row = palette.row(c);
      assertEquals(c, row[0]);
      int rgb = ((Integer) row[1] << 16) | ((Integer) row[2] << 8) | (Integer) row[3];
      assertTrue(colours.contains(rgb));
      assertEquals(String.format("#%06x", rgb), row[4]);
      assertEquals(4, row[5]); // four dark and four light pixels
      pixels += (Integer) row[5];
      share += (Double) row[6];
    }
    assertEquals(8, pixels);
    assertEquals(1, share, 1e-15);
    assertTrue(Files.readString(s.palette()).contains("<svg"));
    assertEquals(QuantizerResult.figuresColumns(), figures.columns());
  }

  @Test
  public void givenAsManyColoursAsTheImageHas_thenItIsLosslessAndPsnrIsMissing() throws IOException {
    QuantizerResult result = run(settings(smallImage(), 6, "out.png", null, false));
    assertEquals(0.0, result.figures().get(0, 7));
    assertNull(result.figures().get(0, 8));
    assertEquals(true, result.figures().get(0, 9));
  }

  @Test
  public void givenThePhoto_whenQuantised_thenTheViewShowsBothImagesAndThePaletteAndSurvivesASaveAndLoad()
      throws IOException, SettingsException {
    Path photo = folder.getRoot().toPath().resolve("chelsea.png");
    try (InputStream in = QuantizerRunTest.class.getResourceAsStream("/chelsea.png")) {
      Files.copy(in, photo);
    }
    QuantizerResult result = run(settings(photo, 8, "chelsea-8.png", null, false));
    QuantizerViewData data = result.viewData();
    ImageGallery gallery = data.gallery();
    String svg = gallery.toSvg();
    for (String text : new String[] {"Colour quantisation of chelsea.png with k-means", "451 x 300 pixels",
        "k-means on 20,000 sampled pixels", ">original<", ">k = 8<", "3 bits per pixel, MSE "}) {
      assertTrue(text, svg.contains(text));
    }
    PaletteStrip strip = data.paletteStrip();
    assertEquals(8, strip.size());
    Path internals = folder.newFolder("internals").toPath();
    MapSettings stored = new MapSettings();
    data.saveTo(stored);
    data.writeImages(internals);
    assertTrue(Files.size(internals.resolve(QuantizerViewData.ORIGINAL_FILE)) > 10_000);
    QuantizerViewData loaded = QuantizerViewData.loadFrom(stored, internals);
    assertEquals(data, loaded);
    assertEquals(svg, loaded.gallery().toSvg());
    QuantizerView view = new QuantizerView(loaded);
    assertEquals(QuantizerView.TAB_TITLES, List.of(view.tabs().getTitleAt(0), view.tabs().getTitleAt(1)));
    BufferedImage picture = view.selectedPlot().toImage(1);
    int coloured = 0;
    for (int y = 0; y < picture.getHeight(); y += 2) {
      for (int x = 0; x < picture.getWidth(); x += 2) {
        coloured += (picture.getRGB(x, y) & 0xFFFFFF) == (Color.WHITE.getRGB() & 0xFFFFFF) ? 0 : 1;
      }
    }
    assertTrue(coloured > 20_000); // two 451 x 300 photos, drawn at their size or smaller
    view.tabs().setSelectedIndex(1);
    assertEquals("palette", view.selectedFileName());
    assertTrue(view.selectedPlot() instanceof PaletteStrip);
  }

  @Test
  public void givenBadInput_thenTheMessageNamesTheSettingAndNothingIsWritten() throws IOException {
    Path image = smallImage();
    Path text = folder.newFile("text.png").toPath();
    Files.writeString(text, "not an image");
    String notPng = assertThrows(IllegalArgumentException.class, () -> run(settings(text, 2, "a.png", null,
        false))).getMessage();
    assertTrue(notPng, notPng.startsWith(QuantizerNodeSettings.INPUT));
    String tooMany = assertThrows(IllegalArgumentException.class, () -> run(settings(image, 7, "b.png",
        "b-palette.png", false))).getMessage();
    assertTrue(tooMany, tooMany.startsWith("Number of colours 7 is larger than the number of distinct colours"));
    assertTrue(tooMany, tooMany.contains("(6)"));
    assertFalse(Files.exists(folder.getRoot().toPath().resolve("b.png")));
    assertFalse(Files.exists(folder.getRoot().toPath().resolve("b-palette.png")));
    String folderMissing = assertThrows(IllegalArgumentException.class, () -> run(settings(image, 2,
        "missing/c.png", null, false))).getMessage();
    assertTrue(folderMissing, folderMissing.startsWith(QuantizerNodeSettings.OUTPUT) && folderMissing.contains(
        "does not exist"));
    Path existing = folder.newFile("d.png").toPath();
    Files.writeString(existing, "keep");
    String exists = assertThrows(IllegalArgumentException.class, () -> run(settings(image, 2, "d.png", null,
        false))).getMessage();
    assertTrue(exists, exists.startsWith(QuantizerNodeSettings.OUTPUT) && exists.contains("Overwrite existing "
        + "files"));
    assertEquals("keep", Files.readString(existing));
    run(settings(image, 2, "d.png", null, true));
    assertEquals(4, ImageIO.read(existing.toFile()).getWidth());
    String missing = assertThrows(IllegalArgumentException.class, () -> run(settings(image.resolveSibling(
        "none.png"), 2, "e.png", null, false))).getMessage();
    assertTrue(missing, missing.startsWith(QuantizerNodeSettings.INPUT) && missing.endsWith("does not exist."));
  }

  @Test
  public void givenSettings_whenSavedAndLoaded_thenEqual_andValidationNamesTheSetting() throws SettingsException {
    QuantizerNodeSettings s = new QuantizerNodeSettings("in.png", 8, 500, -3, "out.png", "p.svg", true);
    MapSettings stored = new MapSettings();
    s.saveTo(stored);
    assertEquals(s, QuantizerNodeSettings.loadFrom(stored));
    MapSettings defaults = new MapSettings();
    QuantizerNodeSettings.defaults().saveTo(defaults);
    assertEquals(QuantizerNodeSettings.defaults(), QuantizerNodeSettings.loadFrom(defaults)); // no files yet
    String[][] cases = {
        {"", "8", "500", "out.png", "", "Input PNG file: choose"},
        {"in.png", "0", "500", "out.png", "", "Number of colours must be at least 1"},
        {"in.png", "8", "5", "out.png", "", "Sample size (5) must be at least the Number of colours (8)"},
        {"in.png", "8", "500", "out.jpg", "", "Output PNG file 'out.jpg' must end in .png"},
        {"in.png", "8", "500", "in.png", "", "Output PNG file is the Input PNG file"},
        {"in.png", "8", "500", "out.png", "p.gif", "Palette picture file 'p.gif' must end in .png or .svg"}};
    for (String[] c : cases) {
      QuantizerNodeSettings bad = new QuantizerNodeSettings(c[0], Integer.parseInt(c[1]), Integer.parseInt(c[2]), 0,
          c[3], c[4], false);
      String message = assertThrows(SettingsException.class, bad::validate).getMessage();
      assertTrue(message, message.startsWith(c[5]));
    }
  }

  @Test
  public void givenTheDialogPanel_whenSettingsAreLoaded_thenItGivesThemBack() {
    QuantizerSettingsPanel panel = new QuantizerSettingsPanel();
    assertEquals(QuantizerNodeSettings.defaults(), panel.settings());
    QuantizerNodeSettings s = new QuantizerNodeSettings("/tmp/in.png", 5, 1234, 99, "/tmp/o.png", "", true);
    panel.load(s);
    assertEquals(s, panel.settings());
    panel.inputField().setText("  /tmp/other.png ");
    assertEquals("/tmp/other.png", panel.settings().inputFile());
  }
}
