package org.clustermodels.core.render;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Several files written all or nothing: both in place, or neither changed and no temporary file left. */
public class PlotFilesWriteAllTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  private static PlotFiles.Content text(String s) {
    return out -> out.write(s.getBytes(StandardCharsets.UTF_8));
  }

  private List<String> names() throws IOException {
    try (Stream<Path> files = Files.list(tmp.getRoot().toPath())) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  public void bothFilesAreWritten() throws IOException {
    Path a = tmp.getRoot().toPath().resolve("a.txt");
    Path b = tmp.getRoot().toPath().resolve("b.txt");
    PlotFiles.writeAllAtomically(List.of(a, b), List.of(text("one"), text("two")));
    assertEquals(List.of("a.txt", "b.txt"), names());
    assertArrayEquals("two".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(b));
  }

  @Test
  public void whenTheSecondFailsTheFirstIsNotWrittenAndAnOldFileIsKept() throws IOException {
    Path a = tmp.getRoot().toPath().resolve("a.txt");
    Path b = tmp.getRoot().toPath().resolve("b.txt");
    Files.writeString(a, "old");
    PlotFiles.WriteFailure f = assertThrows(PlotFiles.WriteFailure.class, () -> PlotFiles.writeAllAtomically(
        List.of(a, b), List.of(text("new"), out -> {
          throw new IOException("disk full");
        })));
    assertEquals(1, f.index());
    assertEquals("disk full", f.getMessage());
    assertEquals("old", Files.readString(a));
    assertEquals(List.of("a.txt"), names());
  }

  @Test
  public void aMissingDirectoryIsNamedByIndexBeforeAnythingIsWritten() throws IOException {
    Path a = tmp.getRoot().toPath().resolve("a.txt");
    Path b = tmp.getRoot().toPath().resolve("no-such-dir").resolve("b.txt");
    PlotFiles.WriteFailure f = assertThrows(PlotFiles.WriteFailure.class,
        () -> PlotFiles.writeAllAtomically(List.of(a, b), List.of(text("one"), text("two"))));
    assertEquals(1, f.index());
    assertFalse(Files.exists(a));
    assertEquals(List.of(), names());
  }
}
