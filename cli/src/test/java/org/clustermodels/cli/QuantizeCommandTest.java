package org.clustermodels.cli;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.clustermodels.core.render.PaletteStrip;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code clustermodels quantize}: the figures on images worked out by hand, and the files it writes for the bundled
 * chelsea.png (CC0): PNGs of the expected size whose pixels give back the printed error.
 */
public class QuantizeCommandTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("out").toPath();
  }

  private static String chelsea() {
    return CliRun.resource("/chelsea.png").toString();
  }

  private static CliRun ok(String... args) {
    CliRun r = CliRun.run(args);
    assertEquals(r.toString(), Main.EXIT_OK, r.code);
    assertEquals(r.toString(), "", r.err);
    return r;
  }

  @Test
  public void fivePixelsByHand() throws IOException {
    // 5 x 1 pixels: black, white, (0,0,2), white, white. k = 2: white and the mean of the dark pair, (0,0,1).
    Path in = Pngs.write(dir.resolve("five.png"), 5, 0x000000, 0xFFFFFF, 0x000002, 0xFFFFFF, 0xFFFFFF);
    Path out = dir.resolve("five-2.png");
    JsonNode j = ok("quantize", "-i", in.toString(), "-k", "2", "-o", out.toString(), "--json").json();
    assertEquals(5, j.get("pixels").asInt());
    assertEquals(3, j.get("distinct_colors").asInt());
    assertEquals(24, j.get("bits_per_pixel_before").asInt());
    assertEquals(1, j.get("bits_per_pixel_after").asInt());
    // squared errors: 1 (pixel 0, blue) + 1 (pixel 2, blue) over 5 pixels x 3 channels
    assertEquals(2.0 / 15, j.get("mse").asDouble(), 1e-15);
    // 10 log10(255^2 / (2/15)) = 10 log10(487687.5)
    assertEquals(56.88142, j.get("psnr_db").asDouble(), 1e-5);
    assertEquals(false, j.get("lossless").asBoolean());
    assertEquals("[[255.0,255.0,255.0],[0.0,0.0,1.0]]", j.get("palette").toString());
    assertEquals("[3,2]", j.get("pixel_counts").toString());

    BufferedImage written = Pngs.read(out);
    assertEquals(5, written.getWidth());
    assertEquals(1, written.getHeight());
    assertArrayEquals(new int[] {0x000001, 0xFFFFFF, 0x000001, 0xFFFFFF, 0xFFFFFF}, Pngs.rgb(written));
    assertTrue(written.getColorModel() instanceof IndexColorModel);
    assertEquals(1, written.getColorModel().getPixelSize());
    assertEquals(Files.size(out), j.get("output_bytes").asLong());
  }

  @Test
  public void textOutputGivesTheSameFigures() {
    Path in = Pngs.write(dir.resolve("five.png"), 5, 0x000000, 0xFFFFFF, 0x000002, 0xFFFFFF, 0xFFFFFF);
    String text = ok("quantize", "-i", in.toString(), "-k", "2", "-o", dir.resolve("o.png").toString()).out;
    assertTrue(text, text.contains("5 pixels, 3 distinct colours"));
    assertTrue(text, text.contains("palette size:    2 colours (k-means on all 5 pixels with 3 colours"));
    assertTrue(text, text.contains("bits per pixel:  24 before, 1 after"));
    assertTrue(text, text.contains("MSE:             0.13\n") || text.contains("MSE:             0.13\r\n"));
    assertTrue(text, text.contains("PSNR:            56.88 dB"));
    assertTrue(text, text.contains("1-bit palette PNG"));
  }

  @Test
  public void anImageWithExactlyKColoursIsLossless() {
    // a 2 x 2 image of 3 colours, k = 3
    Path in = Pngs.write(dir.resolve("three.png"), 2, 0x102030, 0xFF8000, 0x102030, 0x00FF00);
    Path out = dir.resolve("three-3.png");
    JsonNode j = ok("quantize", "-i", in.toString(), "-k", "3", "-o", out.toString(), "--json").json();
    assertEquals(0, j.get("mse").asDouble(), 0);
    assertTrue("PSNR is infinite: null in JSON", j.get("psnr_db").isNull());
    assertTrue(j.get("lossless").asBoolean());
    assertEquals(2, j.get("bits_per_pixel_after").asInt());
    assertArrayEquals(new int[] {0x102030, 0xFF8000, 0x102030, 0x00FF00}, Pngs.rgb(Pngs.read(out)));
    String text = ok("quantize", "-i", in.toString(), "-k", "3", "-o", out.toString()).out;
    assertTrue(text, text.contains("MSE:             0.00"));
    assertTrue(text, text.contains("PSNR:            infinite (no error)"));
  }

  @Test
  public void chelseaAt16ColoursWritesA4BitPngWhosePixelsGiveThePrintedError() throws IOException {
    Path out = dir.resolve("chelsea-16.png");
    Path strip = dir.resolve("palette.png");
    JsonNode j = ok("quantize", "-i", chelsea(), "-k", "16", "-o", out.toString(), "--palette", strip.toString(),
        "--json").json();
    assertEquals(451, j.get("width").asInt());
    assertEquals(300, j.get("height").asInt());
    assertEquals(135_300, j.get("pixels").asInt());
    assertEquals(32_584, j.get("distinct_colors").asInt()); // data/oracles/chelsea.raw.json: n_distinct_rows
    assertEquals(16, j.get("k").asInt());
    assertEquals(24, j.get("bits_per_pixel_before").asInt());
    assertEquals(4, j.get("bits_per_pixel_after").asInt());
    assertEquals(20_000, j.get("fit_pixels").asInt());

    BufferedImage original = Pngs.read(CliRun.resource("/chelsea.png"));
    BufferedImage written = Pngs.read(out);
    assertEquals(451, written.getWidth());
    assertEquals(300, written.getHeight());
    assertEquals(4, written.getColorModel().getPixelSize());
    assertTrue(Files.size(out) > 0);
    // the error recomputed from the two files
    int[] a = Pngs.rgb(original);
    int[] b = Pngs.rgb(written);
    double sse = 0;
    Set<Integer> used = new HashSet<>();
    for (int i = 0; i < a.length; i++) {
      for (int shift = 0; shift <= 16; shift += 8) {
        double d = ((a[i] >> shift) & 0xFF) - ((b[i] >> shift) & 0xFF);
        sse += d * d;
      }
      used.add(b[i]);
    }
    double mse = sse / (3.0 * a.length);
    assertEquals(mse, j.get("mse").asDouble(), 1e-9);
    assertEquals(10 * Math.log10(255.0 * 255 / mse), j.get("psnr_db").asDouble(), 1e-9);
    // the written pixels are exactly the palette's colours, with the printed counts
    Set<Integer> palette = new HashSet<>();
    int total = 0;
    for (int c = 0; c < 16; c++) {
      JsonNode rgb = j.get("palette").get(c);
      palette.add(rgb.get(0).asInt() << 16 | rgb.get(1).asInt() << 8 | rgb.get(2).asInt());
      total += j.get("pixel_counts").get(c).asInt();
    }
    assertEquals(palette, used);
    assertEquals(135_300, total);

    // the strip: 16 swatches of 64 x 44 pixels in cells of 72 x 80, in palette order
    BufferedImage s = Pngs.read(strip);
    assertEquals(16 * PaletteStrip.CELL_WIDTH, s.getWidth());
    assertEquals(PaletteStrip.CELL_HEIGHT, s.getHeight());
    for (int c = 0; c < 16; c++) {
      JsonNode rgb = j.get("palette").get(c);
      int expected = rgb.get(0).asInt() << 16 | rgb.get(1).asInt() << 8 | rgb.get(2).asInt();
      int x0 = c * PaletteStrip.CELL_WIDTH + PaletteStrip.INSET;
      int y0 = PaletteStrip.INSET;
      for (int y = y0; y < y0 + PaletteStrip.SWATCH_HEIGHT; y++) {
        for (int x = x0; x < x0 + PaletteStrip.SWATCH_WIDTH; x++) {
          assertEquals("swatch " + c + " at " + x + "," + y, expected, s.getRGB(x, y) & 0xFFFFFF);
        }
      }
    }
  }

  @Test
  public void theComparisonShowsTheOriginalAndEveryKAndTheTableListsThem() throws IOException {
    Path out = dir.resolve("c.png");
    Path png = dir.resolve("compare.png");
    JsonNode j = ok("quantize", "-i", chelsea(), "-k", "8", "-o", out.toString(), "--compare", png.toString(),
        "--compare-k", "4,8", "--json").json();
    assertEquals(2, j.get("compare").size());
    assertEquals(4, j.get("compare").get(0).get("k").asInt());
    assertEquals(2, j.get("compare").get(0).get("bits_per_pixel").asInt());
    assertEquals(j.get("mse").asDouble(), j.get("compare").get(1).get("mse").asDouble(), 0);
    assertTrue("fewer colours, larger error",
        j.get("compare").get(0).get("mse").asDouble() > j.get("compare").get(1).get("mse").asDouble());
    BufferedImage picture = Pngs.read(png);
    assertTrue(picture.getWidth() >= 3 * 451);
    assertTrue(picture.getHeight() >= 300);
    // the original is drawn pixel for pixel: its top-left 451 x 300 block appears somewhere unchanged
    int[] original = Pngs.rgb(Pngs.read(CliRun.resource("/chelsea.png")));
    assertTrue(containsImage(picture, original, 451, 300));

    Path svg = dir.resolve("compare.svg");
    Path stripSvg = dir.resolve("palette.svg");
    String text = ok("quantize", "-i", chelsea(), "-k", "4", "-o", out.toString(), "--compare", svg.toString(),
        "--compare-k", "4,8,16", "--palette", stripSvg.toString()).out;
    assertTrue(text, text.matches("(?s).*\\n\\s+k\\s+bits/pixel\\s+MSE\\s+PSNR \\(dB\\)\\R\\s+4\\s+2\\s.*"
        + "\\R\\s+8\\s+3\\s.*\\R\\s+16\\s+4\\s.*"));
    String doc = Files.readString(svg);
    assertTrue(doc.startsWith("<?xml"));
    assertEquals(4, doc.split("<image ", -1).length - 1);
    String strip = Files.readString(stripSvg);
    assertEquals(4, strip.split("<rect ", -1).length - 2); // the background and 4 swatches
  }

  /** Whether the image holds the w x h pixels somewhere, unscaled (searched along the first rows of panels). */
  private static boolean containsImage(BufferedImage picture, int[] image, int w, int h) {
    int[] p = Pngs.rgb(picture);
    int pw = picture.getWidth();
    for (int y = 0; y + h <= picture.getHeight(); y++) {
      for (int x = 0; x + w <= pw; x++) {
        if (p[y * pw + x] == image[0] && matches(p, pw, x, y, image, w, h)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean matches(int[] p, int pw, int x, int y, int[] image, int w, int h) {
    for (int r = 0; r < h; r++) {
      for (int c = 0; c < w; c++) {
        if (p[(y + r) * pw + x + c] != image[r * w + c]) {
          return false;
        }
      }
    }
    return true;
  }

  @Test
  public void anOpaqueImageWithAnAlphaChannelIsAccepted() {
    Path in = Pngs.write(dir.resolve("argb.png"), 2, 0xFF102030, 0xFF405060);
    JsonNode j = ok("quantize", "-i", in.toString(), "-k", "2", "-o", dir.resolve("o.png").toString(), "--json")
        .json();
    assertEquals(0, j.get("mse").asDouble(), 0);
  }

  @Test
  public void theSeedFixesTheResult() {
    List<String> a = List.of("quantize", "-i", chelsea(), "-k", "8", "--sample", "5000", "--seed", "3", "--json");
    JsonNode first = ok(concat(a, "-o", dir.resolve("a.png").toString())).json();
    JsonNode second = ok(concat(a, "-o", dir.resolve("b.png").toString(), "--threads", "1")).json();
    assertEquals(first.get("palette"), second.get("palette"));
    assertEquals(first.get("mse"), second.get("mse"));
    assertEquals(5000, first.get("fit_pixels").asInt());
  }

  private static String[] concat(List<String> a, String... more) {
    List<String> all = new java.util.ArrayList<>(a);
    all.addAll(List.of(more));
    return all.toArray(new String[0]);
  }
}
