package org.clustermodels.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OutputFilesTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  @Test
  public void writesAllFiles() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.csv");
    Files.writeString(b, "old");
    new OutputFiles().add("-o", a, w -> w.write("{}")).add("--labels-out", b, w -> w.write("new")).commit();
    assertEquals("{}", Files.readString(a));
    assertEquals("new", Files.readString(b));
    assertEquals(List.of("a.json", "b.csv"), KMeansCommandTest.listing(dir));
  }

  @Test
  public void aFailingFileLeavesEveryTargetUntouched() throws IOException {
    Path dir = tmp.getRoot().toPath();
    Path a = dir.resolve("a.json");
    Path b = dir.resolve("b.csv");
    Files.writeString(b, "old");
    try {
      new OutputFiles().add("-o", a, w -> w.write("{}")).add("--labels-out", b, w -> {
        w.write("half");
        throw new IOException("disk full");
      }).commit();
      fail();
    } catch (CliException e) {
      assertTrue(e.getMessage(), e.getMessage().startsWith("--labels-out: cannot write"));
      assertTrue(e.getMessage(), e.getMessage().contains("disk full"));
    }
    assertEquals(List.of("b.csv"), KMeansCommandTest.listing(dir));
    assertEquals("old", Files.readString(b));
  }
}
