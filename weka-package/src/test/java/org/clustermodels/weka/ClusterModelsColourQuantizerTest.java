package org.clustermodels.weka;

import static org.clustermodels.weka.ClusterModelsPngLoaderTest.png;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The colour quantisation tool end to end, as {@code weka.Run} calls it: the figures on images worked out by hand,
 * the files it writes, its options, and bad input named by option with nothing written.
 */
public class ClusterModelsColourQuantizerTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path out;

  /** The output of one run. */
  private record Run(int status, String out, String err) {
  }

  @Before
  public void setUp() throws IOException {
    out = tmp.newFolder("out").toPath();
  }

  private static Run run(String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    int status = new ClusterModelsColourQuantizer().execute(args, new PrintStream(o, true, StandardCharsets.UTF_8),
        new PrintStream(e, true, StandardCharsets.UTF_8));
    return new Run(status, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  private List<String> written() throws IOException {
    try (Stream<Path> s = Files.list(out)) {
      return s.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static BufferedImage decode(Path file) throws IOException {
    byte[] head = Files.readAllBytes(file);
    assertTrue(file + " starts with the PNG signature", head.length > 8 && head[1] == 'P' && head[2] == 'N'
        && head[3] == 'G');
    BufferedImage image = ImageIO.read(file.toFile());
    assertTrue(file + " decodes", image != null);
    return image;
  }

  @Test
  public void anImageWithExactlyKColoursIsQuantisedWithoutError() throws IOException {
    // 3 x 2 pixels of 3 colours; -N 3 keeps them all: MSE 0, 2 bits per pixel
    int[] pixels = {0x102030, 0xFF8000, 0x102030, 0x00FF00, 0xFF8000, 0x102030};
    Path in = png(tmp.getRoot().toPath().resolve("three.png"), 3, pixels);
    Run r = run("-i", in.toString(), "-N", "3", "-o", out.resolve("q.png").toString(), "-palette",
        out.resolve("palette.png").toString());
    assertEquals(r.toString(), 0, r.status);
    assertEquals(r.toString(), "", r.err);
    assertTrue(r.out, r.out.startsWith("=== Run information ===\n"));
    assertTrue(r.out, r.out.contains("Palette size:        3 colours\n"));
    assertTrue(r.out, r.out.contains("Bits per pixel:      24 before, 2 after\n"));
    assertTrue(r.out, r.out.contains("Mean squared error:  0.00\n"));
    assertTrue(r.out, r.out.contains("PSNR:                infinite (no error)\n"));
    // the most used colour first: 0x102030 (3 pixels), then the two others
    assertTrue(r.out, r.out.contains("    0  #102030   50.000 %\n"));
    assertTrue(r.out, r.out.contains("(2-bit palette PNG)"));
    assertEquals(List.of("palette.png", "q.png"), written());
    BufferedImage q = decode(out.resolve("q.png"));
    assertEquals(3, q.getWidth());
    assertEquals(2, q.getHeight());
    assertTrue(q.getColorModel() instanceof IndexColorModel);
    assertEquals(2, q.getColorModel().getPixelSize());
    int[] back = q.getRGB(0, 0, 3, 2, null, 0, 3);
    for (int i = 0; i < back.length; i++) {
      back[i] &= 0xFFFFFF;
    }
    assertArrayEquals(pixels, back);
    BufferedImage strip = decode(out.resolve("palette.png"));
    assertEquals(3 * 72, strip.getWidth()); // PaletteStrip: 72 x 80 pixels per swatch cell
    assertEquals(80, strip.getHeight());
  }

  @Test
  public void fivePixelsByHand() throws IOException {
    // 5 x 1: black, white, (0,0,2), white, white; -N 2: white and (0,0,1); each dark pixel is 1 off in blue:
    // MSE = 2 / (5 pixels x 3 channels) = 0.1333, PSNR = 10 log10(255^2 / MSE) = 56.88 dB
    Path in = png(tmp.getRoot().toPath().resolve("five.png"), 5, 0x000000, 0xFFFFFF, 0x000002, 0xFFFFFF, 0xFFFFFF);
    Run r = run("-i", in.toString(), "-N", "2", "-o", out.resolve("q.png").toString());
    assertEquals(r.toString(), 0, r.status);
    assertTrue(r.out, r.out.contains("Mean squared error:  0.13\n"));
    assertEquals(56.88, 10 * Math.log10(255.0 * 255 * 15 / 2), 0.005);
    assertTrue(r.out, r.out.contains("PSNR:                56.88 dB\n"));
    assertTrue(r.out, r.out.contains("Bits per pixel:      24 before, 1 after\n"));
    assertTrue(r.out, r.out.contains("    1  #000001   40.000 %\n"));
    assertTrue(r.out, r.out.contains("Fitted on:           all 5 pixels with 3 distinct colours (seed 0)\n"));
    assertEquals(List.of("q.png"), written());
    assertEquals(1, decode(out.resolve("q.png")).getColorModel().getPixelSize());
  }

  @Test
  public void chelseaAt16ColoursGivesTheImageSizeAnd4Bits() throws IOException {
    Path in = ClusterModelsPngLoaderTest.chelsea(tmp);
    Run r = run("-i", in.toString(), "-N", "16", "-sample", "5000", "-S", "3", "-o", out.resolve("c.png").toString(),
        "-palette", out.resolve("p.svg").toString());
    assertEquals(r.toString(), 0, r.status);
    assertTrue(r.out, r.out.contains("(451 x 300 = 135300 pixels)"));
    assertTrue(r.out, r.out.contains("Fitted on:           a sample of 5000 pixels"));
    assertTrue(r.out, r.out.contains("Bits per pixel:      24 before, 4 after\n"));
    BufferedImage c = decode(out.resolve("c.png"));
    assertEquals(451, c.getWidth());
    assertEquals(300, c.getHeight());
    assertEquals(4, c.getColorModel().getPixelSize());
    assertTrue(Files.readString(out.resolve("p.svg")).contains("<svg"));
  }

  @Test
  public void optionsRoundTrip() throws Exception {
    ClusterModelsColourQuantizer q = new ClusterModelsColourQuantizer();
    String[] options = {"-i", "a.png", "-N", "8", "-sample", "300", "-S", "7", "-o", "b.png", "-palette", "c.svg"};
    q.setOptions(options.clone());
    assertEquals(8, q.getNumColours());
    assertEquals(300, q.getSample());
    assertEquals(7, q.getSeed());
    assertEquals("c.svg", q.getPalette().getName());
    assertArrayEquals(options, q.getOptions());
    ClusterModelsColourQuantizer copy = new ClusterModelsColourQuantizer();
    copy.setOptions(q.getOptions());
    assertArrayEquals(q.getOptions(), copy.getOptions());
    // absent options go back to their defaults
    q.setOptions(new String[] {"-i", "a.png", "-o", "b.png"});
    assertArrayEquals(new String[] {"-i", "a.png", "-N", "16", "-S", "0", "-o", "b.png"}, q.getOptions());
    List<String> listed = new ArrayList<>();
    q.listOptions().asIterator().forEachRemaining(o -> listed.add(o.name()));
    assertEquals(List.of("i", "N", "sample", "S", "o", "palette", "h"), listed);
  }

  @Test
  public void helpListsTheOptions() {
    Run r = run("-h");
    assertEquals(0, r.status);
    assertEquals("", r.out);
    for (String option : List.of("-i <file.png>", "-N <num>", "-sample <num>", "-S <num>", "-o <out.png>",
        "-palette <file>")) {
      assertTrue(option + " in " + r.err, r.err.contains(option));
    }
  }

  /** Runs with bad input: status 1, a message naming the option, nothing on stdout, nothing written. */
  private void fails(String[] args, String... mentions) throws IOException {
    Run r = run(args);
    assertEquals(r.toString(), 1, r.status);
    assertEquals(r.toString(), "", r.out);
    assertTrue(r.err, r.err.startsWith("ClusterModelsColourQuantizer: "));
    for (String m : mentions) {
      assertTrue("'" + m + "' in " + r.err, r.err.contains(m));
    }
    assertEquals(List.of(), written());
  }

  @Test
  public void badInputIsNamedAndNothingIsWritten() throws IOException {
    Path four = png(tmp.getRoot().toPath().resolve("four.png"), 2, 0x000000, 0xFF0000, 0x00FF00, 0x0000FF);
    String o = out.resolve("q.png").toString();
    Path text = tmp.getRoot().toPath().resolve("notes.png");
    Files.writeString(text, "not an image");
    fails(new String[] {"-i", text.toString(), "-o", o}, "-i: ", "notes.png", "is not a PNG file");
    fails(new String[] {"-i", tmp.getRoot().toPath().resolve("nope.png").toString(), "-o", o}, "-i: ", "nope.png",
        "does not exist");
    fails(new String[] {"-i", four.toString(), "-N", "5", "-o", o}, "-N 5 is larger than the number of distinct "
        + "colours", "four.png", "(4)");
    Path missing = out.resolve("no-such-dir");
    fails(new String[] {"-i", four.toString(), "-N", "2", "-o", missing.resolve("q.png").toString()}, "-o: ",
        "no-such-dir", "does not exist");
    fails(new String[] {"-i", four.toString(), "-N", "2", "-o", o, "-palette", missing.resolve("p.png").toString()},
        "-palette: ", "does not exist");
    fails(new String[] {"-N", "2", "-o", o}, "-i is required");
    fails(new String[] {"-i", four.toString()}, "-o is required");
    fails(new String[] {"-i", four.toString(), "-N", "0", "-o", o}, "-N must be >= 1");
    fails(new String[] {"-i", four.toString(), "-N", "two", "-o", o}, "-N must be a whole number", "'two'");
    fails(new String[] {"-i", four.toString(), "-N", "3", "-sample", "2", "-o", o}, "-sample 2", "smaller than",
        "3");
    fails(new String[] {"-i", four.toString(), "-o", out.resolve("q.jpg").toString()}, "-o: ", "q.jpg", ".png");
    fails(new String[] {"-i", four.toString(), "-o", o, "-palette", out.resolve("p.txt").toString()}, "-palette: ",
        ".png or .svg");
    fails(new String[] {"-i", four.toString(), "-o", four.toString()}, "-o: ", "is the input image");
    fails(new String[] {"-i", four.toString(), "-o", o, "-k", "3"}, "Illegal options", "-k");
  }
}
