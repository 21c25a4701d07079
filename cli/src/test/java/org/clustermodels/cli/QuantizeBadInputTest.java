package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.clustermodels.cli.BadInputTest.mentions;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Bad input to {@code quantize}: exit code 2, one line {@code clustermodels: error: ...} naming the option and what
 * is wrong, nothing on stdout, no output file created (nor a temporary one left) and an existing one unchanged.
 */
public class QuantizeBadInputTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private Path dir;
  private Path existing;
  private Path image;

  @Before
  public void setUp() throws IOException {
    dir = tmp.newFolder("work").toPath();
    existing = dir.resolve("existing.png");
    Files.writeString(existing, "previous content");
    Files.setLastModifiedTime(existing, FileTime.fromMillis(1_000_000_000_000L));
    // 4 distinct colours
    image = Pngs.write(tmp.getRoot().toPath().resolve("four.png"), 2, 0x000000, 0xFF0000, 0x00FF00, 0x0000FF);
  }

  /** Runs with -o, --palette and --compare to new files, then with -o to an existing file; returns the error. */
  private String fails(String... args) throws IOException {
    List<String> a = new ArrayList<>(List.of("quantize"));
    a.addAll(List.of(args));
    List<String> first = new ArrayList<>(a);
    if (!a.contains("-o")) {
      first.addAll(List.of("-o", dir.resolve("out.png").toString()));
    }
    if (!a.contains("--palette")) {
      first.addAll(List.of("--palette", dir.resolve("palette.png").toString()));
    }
    if (!a.contains("--compare")) {
      first.addAll(List.of("--compare", dir.resolve("compare.svg").toString()));
    }
    CliRun r = CliRun.run(first.toArray(new String[0]));
    assertEquals(r.toString(), Main.EXIT_BAD_INPUT, r.code);
    assertEquals(r.toString(), "", r.out);
    assertEquals(r.toString(), 1, r.errLines().length);
    String line = r.errLines()[0];
    assertTrue(line, line.startsWith("clustermodels: error: "));
    assertEquals("no output file, no temporary file", List.of("existing.png"), KMeansCommandTest.listing(dir));
    if (!a.contains("-o")) {
      List<String> second = new ArrayList<>(a);
      second.addAll(List.of("-o", existing.toString()));
      CliRun r2 = CliRun.run(second.toArray(new String[0]));
      assertEquals(r2.toString(), Main.EXIT_BAD_INPUT, r2.code);
      assertEquals("previous content", Files.readString(existing));
      assertEquals(1_000_000_000_000L, Files.getLastModifiedTime(existing).toMillis());
      assertEquals(List.of("existing.png"), KMeansCommandTest.listing(dir));
    }
    return line;
  }

  private Path file(String name, byte[] content) throws IOException {
    Path p = tmp.getRoot().toPath().resolve(name);
    Files.write(p, content);
    return p;
  }

  @Test
  public void notAPng() throws IOException {
    Path csv = CliRun.resource("/iris.csv");
    mentions(fails("-i", csv.toString(), "-k", "2"), "-i", "iris.csv", "is not a PNG file");
    Path named = file("text.png", "just text, not an image".getBytes());
    mentions(fails("-i", named.toString(), "-k", "2"), "-i", "text.png", "is not a PNG file");
    Path empty = file("empty.png", new byte[0]);
    mentions(fails("-i", empty.toString(), "-k", "2"), "-i", "empty.png", "is not a PNG file");
  }

  @Test
  public void aDamagedPng() throws IOException {
    byte[] png = Files.readAllBytes(image);
    Path truncated = file("truncated.png", java.util.Arrays.copyOf(png, 30));
    mentions(fails("-i", truncated.toString(), "-k", "2"), "-i", "truncated.png", "cannot read", "as a PNG image");
  }

  @Test
  public void aMissingInputOrADirectory() throws IOException {
    mentions(fails("-i", tmp.getRoot().toPath().resolve("nope.png").toString(), "-k", "2"), "-i", "nope.png",
        "does not exist");
    mentions(fails("-i", tmp.getRoot().toString(), "-k", "2"), "-i", "is a directory");
  }

  @Test
  public void kBelowOne() throws IOException {
    mentions(fails("-i", image.toString(), "-k", "0"), "-k", ">= 1");
    mentions(fails("-i", image.toString(), "-k", "-2"), "-k", ">= 1");
  }

  @Test
  public void kLargerThanTheNumberOfDistinctColours() throws IOException {
    mentions(fails("-i", image.toString(), "-k", "5"), "-k 5", "larger than the number of distinct colours",
        "four.png", "(4)");
    mentions(fails("-i", image.toString(), "-k", "2", "--compare-k", "2,9"), "--compare-k", "9",
        "distinct colours", "(4)");
  }

  @Test
  public void aMissingOutputDirectory() throws IOException {
    Path missing = dir.resolve("no-such-dir");
    mentions(fails("-i", image.toString(), "-k", "2", "-o", missing.resolve("out.png").toString()), "-o",
        "no-such-dir", "does not exist");
    mentions(fails("-i", image.toString(), "-k", "2", "--palette", missing.resolve("p.png").toString()),
        "--palette", "does not exist");
    mentions(fails("-i", image.toString(), "-k", "2", "--compare", missing.resolve("c.png").toString()),
        "--compare", "does not exist");
  }

  @Test
  public void outputsThatAreNotPicturesOrAreTheInput() throws IOException {
    mentions(fails("-i", image.toString(), "-k", "2", "-o", dir.resolve("out.jpg").toString()), "-o", "out.jpg",
        ".png");
    mentions(fails("-i", image.toString(), "-k", "2", "--palette", dir.resolve("p.txt").toString()), "--palette",
        ".png or .svg");
    mentions(fails("-i", image.toString(), "-k", "2", "-o", image.toString()), "-o", "is the input file");
  }

  @Test
  public void transparentPixels() throws IOException {
    Path alpha = Pngs.write(tmp.getRoot().toPath().resolve("alpha.png"), 2, 0xFF000000, 0x80FF0000);
    mentions(fails("-i", alpha.toString(), "-k", "1"), "-i", "alpha.png", "transparent", "x = 1, y = 0",
        "alpha 128");
  }

  @Test
  public void optionsOutOfRange() throws IOException {
    mentions(fails("-i", image.toString(), "-k", "3", "--sample", "2"), "--sample 2", "smaller than", "3");
    mentions(fails("-i", image.toString(), "-k", "2", "--sample", "0"), "--sample", ">= 1");
    mentions(fails("-i", image.toString(), "-k", "2", "--restarts", "0"), "--restarts", ">= 1");
    mentions(fails("-i", image.toString(), "-k", "2", "--threads", "-1"), "--threads");
    mentions(fails("-i", image.toString(), "-k", "2", "--compare-k", "0"), "--compare-k", ">= 1");
  }

  @Test
  public void compareKWithoutCompare() throws IOException {
    CliRun r = CliRun.run("quantize", "-i", image.toString(), "-k", "2", "-o", dir.resolve("o.png").toString(),
        "--compare-k", "2,3");
    assertEquals(r.toString(), Main.EXIT_BAD_INPUT, r.code);
    mentions(r.err, "--compare-k needs --compare");
    assertEquals(List.of("existing.png"), KMeansCommandTest.listing(dir));
  }

  @Test
  public void missingRequiredOptions() {
    CliRun r = CliRun.run("quantize", "-i", image.toString(), "-o", dir.resolve("o.png").toString());
    assertEquals(Main.EXIT_BAD_INPUT, r.code);
    mentions(r.err, "-k");
  }
}
