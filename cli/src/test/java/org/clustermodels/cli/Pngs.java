package org.clustermodels.cli;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Small PNG files for the quantize tests, and reading them back. */
final class Pngs {
  private Pngs() {
  }

  /**
   * Writes an RGB (or, with alpha values, ARGB) PNG.
   *
   * @param file the target
   * @param width width; the pixels fill rows of this width
   * @param argb the pixels, {@code 0xAARRGGBB}; an alpha of 0 in every pixel means opaque RGB
   * @return the file
   */
  static Path write(Path file, int width, int... argb) {
    boolean alpha = Arrays.stream(argb).anyMatch(p -> (p >>> 24) != 0);
    BufferedImage image = new BufferedImage(width, argb.length / width,
        alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, width, argb.length / width, argb, 0, width);
    try {
      ImageIO.write(image, "png", file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  /**
   * @param file a PNG file
   * @return it decoded
   */
  static BufferedImage read(Path file) {
    try {
      byte[] head = Arrays.copyOf(Files.readAllBytes(file), 8);
      if (!Arrays.equals(head, new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'})) {
        throw new AssertionError(file + " does not start with the PNG signature");
      }
      BufferedImage image = ImageIO.read(file.toFile());
      if (image == null) {
        throw new AssertionError(file + " cannot be decoded");
      }
      return image;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the image's pixels as {@code 0xRRGGBB}, row-major */
  static int[] rgb(BufferedImage image) {
    int[] p = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
    for (int i = 0; i < p.length; i++) {
      p[i] &= 0xFFFFFF;
    }
    return p;
  }
}
