package org.clustermodels.weka;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.clustermodels.core.quantize.PngPixels;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.Instance;
import weka.core.Instances;
import weka.core.Option;
import weka.core.OptionHandler;
import weka.core.RevisionUtils;
import weka.core.Utils;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.BatchConverter;

/**
 * Loads a PNG image as instances, one per pixel, so that a clusterer (e.g. {@link ClusterModelsKMeans}) can cluster
 * the image's colours in the Explorer: numeric attributes {@code red}, {@code green} and {@code blue}, each 0..255.
 * <b>Rows are the pixels in row-major order</b>: row {@code y * width + x} (0-based) is the pixel at column x of
 * row y, the top row first. The relation name gives the file name and the image size.
 *
 * <p>With {@code -positions} two more numeric attributes, {@code x} and {@code y} (0-based, y downwards), follow
 * the colours: with them the Explorer's Visualize tab plots the picture (x against y, coloured by cluster). They
 * are not colours: leave them out of the clustering with the Cluster panel's "Ignore attributes" (or the
 * {@code Remove} filter).
 *
 * <p>The image is read by the shared core ({@link PngPixels}): palette and grey PNGs become RGB, 16-bit channels
 * are reduced to 8 bits, and an image with a transparent pixel is refused (naming the first one). A thin adapter:
 * the pixels become instances, nothing else. Registered for the extension {@code .png}, so the Explorer's Open
 * file dialog and {@code ConverterUtils} choose it for PNG files once the package is installed.
 */
public class ClusterModelsPngLoader extends AbstractFileLoader implements BatchConverter, OptionHandler {
  private static final long serialVersionUID = 1L;

  /** The file extension. */
  public static final String FILE_EXTENSION = ".png";

  private boolean positions;
  private transient PngPixels image;

  /** @return the description shown by the GenericObjectEditor */
  public String globalInfo() {
    return "Loads a PNG image as one instance per pixel, row-major (row y * width + x is the pixel at column x "
        + "of row y, top row first), with numeric attributes red, green and blue (0-255), so that a clusterer "
        + "can cluster the image's colours. With -positions the 0-based x and y follow (ignore them when "
        + "clustering colours). Palette and grey images become RGB, 16-bit channels 8-bit; transparent images "
        + "are refused. From the ClusterModels package.";
  }

  @Override
  public String getFileExtension() {
    return FILE_EXTENSION;
  }

  @Override
  public String[] getFileExtensions() {
    return new String[] {FILE_EXTENSION};
  }

  @Override
  public String getFileDescription() {
    return "PNG image pixels (ClusterModels)";
  }

  /** @return tip text for the positions property */
  public String positionsTipText() {
    return "Also load each pixel's 0-based x and y (after red, green, blue); ignore them when clustering colours.";
  }

  /** @return whether x and y follow the colours */
  public boolean getPositions() {
    return positions;
  }

  /** @param positions whether x and y follow the colours */
  public void setPositions(boolean positions) {
    this.positions = positions;
    m_structure = null;
  }

  @Override
  public Enumeration<Option> listOptions() {
    List<Option> options = new ArrayList<>();
    options.add(new Option("\tAlso load each pixel's 0-based x and y after red, green, blue.", "positions", 0,
        "-positions"));
    return Collections.enumeration(options);
  }

  @Override
  public void setOptions(String[] options) throws Exception {
    setPositions(Utils.getFlag("positions", options));
  }

  @Override
  public String[] getOptions() {
    return positions ? new String[] {"-positions"} : new String[0];
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    image = null;
  }

  /**
   * Remembers the file; it is decoded by {@link #getStructure()} or {@link #getDataSet()}.
   *
   * @param file the PNG file
   * @throws IOException if file is null
   */
  @Override
  public void setSource(File file) throws IOException {
    if (file == null) {
      throw new IOException("the PNG loader needs a file, got none");
    }
    reset();
    m_sourceFile = file;
    m_File = file.getPath();
  }

  /**
   * PNG images are read from files only.
   *
   * @param in a stream
   * @throws IOException always
   */
  @Override
  public void setSource(InputStream in) throws IOException {
    throw new IOException("the PNG loader reads PNG files only, not streams: give it a file");
  }

  private PngPixels image() throws IOException {
    if (m_sourceFile == null) {
      throw new IOException("no PNG file set (setFile)");
    }
    if (image == null) {
      try {
        image = PngPixels.read(m_sourceFile.toPath(), "PNG loader");
      } catch (IllegalArgumentException | UncheckedIOException e) {
        throw new IOException(e.getMessage(), e);
      }
    }
    return image;
  }

  @Override
  public Instances getStructure() throws IOException {
    if (m_structure == null) {
      PngPixels png = image();
      ArrayList<Attribute> attributes = new ArrayList<>();
      for (String name : positions ? new String[] {"red", "green", "blue", "x", "y"}
          : new String[] {"red", "green", "blue"}) {
        attributes.add(new Attribute(name));
      }
      String relation = m_sourceFile.getName() + " (" + png.width() + " x " + png.height() + " pixels, row-major)";
      m_structure = new Instances(relation, attributes, 0);
    }
    return new Instances(m_structure, 0);
  }

  @Override
  public Instances getDataSet() throws IOException {
    Instances data = getStructure();
    PngPixels png = image();
    data = new Instances(data, png.pixels());
    int width = png.width();
    for (int i = 0; i < png.pixels(); i++) {
      int rgb = png.pixel(i);
      double[] values = positions ? new double[5] : new double[3];
      values[0] = (rgb >> 16) & 0xFF;
      values[1] = (rgb >> 8) & 0xFF;
      values[2] = rgb & 0xFF;
      if (positions) {
        values[3] = i % width;
        values[4] = i / width;
      }
      data.add(new DenseInstance(1, values));
    }
    return data;
  }

  /**
   * Not supported: a PNG is decoded as a whole.
   *
   * @param structure ignored
   * @return never
   * @throws IOException always
   */
  @Override
  public Instance getNextInstance(Instances structure) throws IOException {
    throw new IOException("the PNG loader reads an image as a whole (batch), not incrementally");
  }

  @Override
  public String getRevision() {
    return RevisionUtils.extract("$Revision: 1 $");
  }

  /**
   * Prints the image's pixels as ARFF.
   *
   * @param args [-positions] file.png
   */
  public static void main(String[] args) {
    runFileLoader(new ClusterModelsPngLoader(), args);
  }
}
