package org.clustermodels.core.render;

import java.awt.Color;
import java.util.Arrays;
import java.util.Objects;

/**
 * A categorical colour palette that cycles: {@code color(i)} for any non-negative i. Immutable.
 *
 * <p>{@link #OKABE_ITO} is the default for clusters: the Okabe-Ito colours that stay distinguishable for the
 * common forms of colour-vision deficiency, without black (kept for text and unclustered links) and with yellow
 * last (weakest on white); from M. Okabe and K. Ito, "Color Universal Design (CUD): How to make figures and
 * presentations that are friendly to colorblind people", J*Fly, 2008, https://jfly.uni-koeln.de/color/.
 * {@link #TABLEAU_10} has more colours, for when more clusters must be told apart.
 */
public final class Palette {
  /** Okabe-Ito without black: blue, orange, bluish green, reddish purple, sky blue, vermillion, yellow. */
  public static final Palette OKABE_ITO = new Palette("Okabe-Ito", 0x0072B2, 0xE69F00, 0x009E73, 0xCC79A7,
      0x56B4E9, 0xD55E00, 0xF0E442);
  /** Tableau 10 (Tableau's 2016 default categorical palette). */
  public static final Palette TABLEAU_10 = new Palette("Tableau 10", 0x4E79A7, 0xF28E2B, 0xE15759, 0x76B7B2,
      0x59A14F, 0xEDC948, 0xB07AA1, 0xFF9DA7, 0x9C755F, 0xBAB0AC);

  private final String name;
  private final Color[] colors;

  private Palette(String name, Color[] colors) {
    this.name = name;
    this.colors = colors;
  }

  private Palette(String name, int... rgb) {
    this(name, Arrays.stream(rgb).mapToObj(Color::new).toArray(Color[]::new));
  }

  /**
   * @param name a name for messages
   * @param colors at least one colour
   * @return a palette of these colours, in this order
   * @throws IllegalArgumentException if no colour is given
   */
  public static Palette of(String name, Color... colors) {
    if (colors.length == 0) {
      throw new IllegalArgumentException("a palette needs at least one colour");
    }
    Color[] copy = colors.clone();
    for (Color c : copy) {
      Objects.requireNonNull(c, "color");
    }
    return new Palette(Objects.requireNonNull(name, "name"), copy);
  }

  /** @return the palette's name */
  public String name() {
    return name;
  }

  /** @return the number of distinct colours before the palette repeats */
  public int size() {
    return colors.length;
  }

  /**
   * @param index a category, non-negative
   * @return its colour, {@code index mod size()}
   * @throws IllegalArgumentException if the index is negative
   */
  public Color color(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("palette index must be non-negative, got " + index);
    }
    return colors[index % colors.length];
  }

  @Override
  public String toString() {
    return "Palette[" + name + ", " + colors.length + " colours]";
  }
}
