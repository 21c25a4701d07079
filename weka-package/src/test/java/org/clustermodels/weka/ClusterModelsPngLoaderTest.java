package org.clustermodels.weka;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import weka.core.AttributeStats;
import weka.core.Instances;

/**
 * The PNG loader: an image written here pixel by pixel, the bundled chelsea.png against the fingerprint an
 * independent tool (NumPy, {@code data/oracles/chelsea.raw.json}) computed of the same pixels in row-major order,
 * bad files, and the loaded colours clustered by {@link ClusterModelsKMeans}.
 */
public class ClusterModelsPngLoaderTest {
  @Rule
  public TemporaryFolder tmp = new TemporaryFolder();

  /**
   * Writes a PNG: RGB ({@code 0xRRGGBB} pixels) or, with an alpha above 0 anywhere, ARGB.
   *
   * @param file the target
   * @param width the width; the pixels fill rows of this width
   * @param argb the pixels
   * @return the file
   */
  static Path png(Path file, int width, int... argb) throws IOException {
    boolean alpha = Arrays.stream(argb).anyMatch(p -> (p >>> 24) != 0);
    BufferedImage image = new BufferedImage(width, argb.length / width,
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, width, argb.length / width, argb, 0, width);
    assertTrue(ImageIO.write(image, "png", file.toFile()));
    return file;
  }

  /** @return the bundled chelsea.png, copied out of the test classpath */
  static Path chelsea(TemporaryFolder tmp) throws IOException {
    Path file = tmp.getRoot().toPath().resolve("chelsea.png");
    try (InputStream in = ClusterModelsPngLoaderTest.class.getResourceAsStream("/chelsea.png")) {
      Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
    }
    return file;
  }

  private static Instances load(Path file, boolean positions) throws IOException {
    ClusterModelsPngLoader loader = new ClusterModelsPngLoader();
    loader.setPositions(positions);
    loader.setFile(file.toFile());
    return loader.getDataSet();
  }

  @Test
  public void aSixPixelImageGivesSixInstancesRowMajor() throws Exception {
    // 3 x 2: top row 0x102030, red, green; bottom row blue, white, 0x000001
    Path file = png(tmp.getRoot().toPath().resolve("six.png"), 3, 0x102030, 0xFF0000, 0x00FF00, 0x0000FF, 0xFFFFFF,
        0x000001);
    Instances data = load(file, false);
    assertEquals(3, data.numAttributes());
    assertEquals("red", data.attribute(0).name());
    assertEquals("green", data.attribute(1).name());
    assertEquals("blue", data.attribute(2).name());
    assertTrue(data.attribute(0).isNumeric());
    assertEquals(-1, data.classIndex());
    assertEquals(6, data.numInstances());
    double[][] expected = {{16, 32, 48}, {255, 0, 0}, {0, 255, 0}, {0, 0, 255}, {255, 255, 255}, {0, 0, 1}};
    for (int i = 0; i < 6; i++) {
      assertArrayEquals("row " + i, expected[i], data.instance(i).toDoubleArray(), 0);
    }
    assertTrue(data.relationName(), data.relationName().startsWith("six.png (3 x 2 pixels"));

    Instances withXy = load(file, true);
    assertEquals(5, withXy.numAttributes());
    assertEquals("x", withXy.attribute(3).name());
    assertEquals("y", withXy.attribute(4).name());
    // row 4 is x = 1, y = 1 (white)
    assertArrayEquals(new double[] {255, 255, 255, 1, 1}, withXy.instance(4).toDoubleArray(), 0);
    assertArrayEquals(new double[] {0, 0, 1, 2, 1}, withXy.instance(5).toDoubleArray(), 0);
  }

  @Test
  public void chelseaHasOneInstancePerPixelInRowMajorOrder() throws Exception {
    Instances data = load(chelsea(tmp), false);
    assertEquals(451 * 300, data.numInstances());
    assertEquals(3, data.numAttributes());
    ByteBuffer bytes = ByteBuffer.allocate(data.numInstances() * 3 * 8).order(ByteOrder.LITTLE_ENDIAN);
    double[] sums = new double[3];
    Set<Integer> colours = new HashSet<>();
    for (int i = 0; i < data.numInstances(); i++) {
      double[] v = data.instance(i).toDoubleArray();
      for (int j = 0; j < 3; j++) {
        bytes.putDouble(v[j]);
        sums[j] += v[j];
      }
      colours.add(((int) v[0] << 16) | ((int) v[1] << 8) | (int) v[2]);
    }
    for (int j = 0; j < 3; j++) {
      AttributeStats stats = data.attributeStats(j);
      assertTrue(data.attribute(j).name(), stats.numericStats.min >= 0 && stats.numericStats.max <= 255);
      assertEquals(0, stats.missingCount);
    }
    // data/oracles/chelsea.raw.json: data_fingerprint (NumPy, the image as float64 rows R, G, B in row-major
    // order) and duplicates.n_distinct_rows
    assertArrayEquals(new double[] {19_980_169, 15_078_438, 11_743_750}, sums, 0);
    assertEquals(32_584, colours.size());
    assertEquals("7c64c0736d4504f9b753e84cb6819750d687170083da4e6639dc8c4522c932a3",
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes.array())));
  }

  @Test
  public void badFilesAreRefusedNamingTheFile() throws Exception {
    Path text = tmp.getRoot().toPath().resolve("text.png");
    Files.writeString(text, "not an image");
    String m = assertThrows(IOException.class, () -> load(text, false)).getMessage();
    assertTrue(m, m.contains("text.png") && m.contains("is not a PNG file"));
    Path alpha = png(tmp.getRoot().toPath().resolve("alpha.png"), 2, 0xFF000000, 0x00FFFFFF);
    m = assertThrows(IOException.class, () -> load(alpha, false)).getMessage();
    assertTrue(m, m.contains("alpha.png") && m.contains("transparent") && m.contains("x = 1, y = 0"));
    m = assertThrows(IOException.class, () -> load(tmp.getRoot().toPath().resolve("nope.png"), false)).getMessage();
    assertTrue(m, m.contains("nope.png") && m.contains("does not exist"));
  }

  @Test
  public void itIsAPngFileLoaderWithOptions() throws Exception {
    ClusterModelsPngLoader loader = new ClusterModelsPngLoader();
    assertArrayEquals(new String[] {".png"}, loader.getFileExtensions());
    assertEquals(".png", loader.getFileExtension());
    assertThrows(IOException.class, () -> loader.getNextInstance(null));
    String[] options = {"-positions"};
    loader.setOptions(options);
    assertTrue(loader.getPositions());
    assertArrayEquals(new String[] {"-positions"}, loader.getOptions());
    loader.setOptions(new String[0]);
    assertEquals(0, loader.getOptions().length);
    assertThrows(IOException.class, () -> loader.setFile(null));
    // setFile only remembers the file: a missing one is found out when the data is asked for
    loader.setFile(new File(tmp.getRoot(), "later.png"));
    assertThrows(IOException.class, loader::getStructure);
  }

  @Test
  public void kMeansOnTheLoadedColoursSeparatesDarkFromLight() throws Exception {
    // two dark and three light pixels, interleaved: k = 2 puts the dark ones together
    Path file = png(tmp.getRoot().toPath().resolve("five.png"), 5, 0x050505, 0xF0F0F0, 0x0A0A0A, 0xFAFAFA,
        0xF5F5F5);
    Instances data = load(file, false);
    ClusterModelsKMeans kmeans = new ClusterModelsKMeans();
    kmeans.setOptions(new String[] {"-N", "2"});
    kmeans.buildClusterer(data);
    int dark = kmeans.clusterInstance(data.instance(0));
    int[] expected = {dark, 1 - dark, dark, 1 - dark, 1 - dark};
    for (int i = 0; i < 5; i++) {
      assertEquals("pixel " + i, expected[i], kmeans.clusterInstance(data.instance(i)));
    }
  }
}
