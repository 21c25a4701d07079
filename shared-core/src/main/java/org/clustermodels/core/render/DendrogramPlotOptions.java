package org.clustermodels.core.render;

import java.util.List;
import java.util.Objects;

/**
 * How a {@link DendrogramPlot} looks: size, texts, leaf labels, truncation, cut, orientation and palette.
 * Immutable; build with {@link #builder()} or change one setting of an existing value with {@link #toBuilder()}.
 *
 * <p>Defaults: 960 x 600 pixels, title "Dendrogram", an automatic subtitle, height axis "Height", leaf axis
 * "Rows", leaves counted as "row"/"rows", rows labelled by their 0-based index, at most
 * {@value #DEFAULT_MAX_LEAVES} leaves (larger trees are truncated like SciPy's {@code truncate_mode='lastp'}), no
 * cut, root at the top, {@link Palette#OKABE_ITO}.
 */
public final class DendrogramPlotOptions {
  /** The default number of leaves above which a tree is truncated. */
  public static final int DEFAULT_MAX_LEAVES = 50;
  /** The smallest picture side accepted, in pixels. */
  public static final int MIN_SIZE = 100;
  /** The largest picture side accepted, in pixels. */
  public static final int MAX_SIZE = 20_000;

  private static final DendrogramPlotOptions DEFAULTS = new Builder().build();

  private final int width;
  private final int height;
  private final String title;
  private final String subtitle;
  private final String heightAxisTitle;
  private final String leafAxisTitle;
  private final String leafNoun;
  private final String leafNounPlural;
  private final List<String> leafLabels;
  private final int maxLeaves;
  private final CutLine cut;
  private final Orientation orientation;
  private final Palette palette;
  private final String clusterPrefix;

  private DendrogramPlotOptions(Builder b) {
    width = b.width;
    height = b.height;
    title = b.title;
    subtitle = b.subtitle;
    heightAxisTitle = b.heightAxisTitle;
    leafAxisTitle = b.leafAxisTitle;
    leafNoun = b.leafNoun;
    leafNounPlural = b.leafNounPlural;
    leafLabels = b.leafLabels;
    maxLeaves = b.maxLeaves;
    cut = b.cut;
    orientation = b.orientation;
    palette = b.palette;
    clusterPrefix = b.clusterPrefix;
  }

  /** @return the default options */
  public static DendrogramPlotOptions defaults() {
    return DEFAULTS;
  }

  /** @return a builder holding the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding these options */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.width = width;
    b.height = height;
    b.title = title;
    b.subtitle = subtitle;
    b.heightAxisTitle = heightAxisTitle;
    b.leafAxisTitle = leafAxisTitle;
    b.leafNoun = leafNoun;
    b.leafNounPlural = leafNounPlural;
    b.leafLabels = leafLabels;
    b.maxLeaves = maxLeaves;
    b.cut = cut;
    b.orientation = orientation;
    b.palette = palette;
    b.clusterPrefix = clusterPrefix;
    return b;
  }

  /** @return the picture width in pixels */
  public int width() {
    return width;
  }

  /** @return the picture height in pixels */
  public int height() {
    return height;
  }

  /** @return the title; empty for none */
  public String title() {
    return title;
  }

  /** @return the subtitle; null for the automatic one (row count, truncation, inversions) */
  public String subtitle() {
    return subtitle;
  }

  /** @return the title of the heights axis */
  public String heightAxisTitle() {
    return heightAxisTitle;
  }

  /** @return the title of the leaf axis; empty for none */
  public String leafAxisTitle() {
    return leafAxisTitle;
  }

  /** @return what several leaves are, e.g. "rows" or "items" */
  public String leafNounPlural() {
    return leafNounPlural;
  }

  /**
   * @param count a number of leaves
   * @return it with the word for what the leaves are, e.g. "1 row", "15 items"
   */
  public String leafCount(int count) {
    return count + " " + (count == 1 ? leafNoun : leafNounPlural);
  }

  /** @return one label per row in input order, or null for the 0-based row index */
  public List<String> leafLabels() {
    return leafLabels;
  }

  /** @return the most leaves drawn; larger trees show only their last {@code maxLeaves - 1} merges */
  public int maxLeaves() {
    return maxLeaves;
  }

  /** @return the cut, or null for none */
  public CutLine cut() {
    return cut;
  }

  /** @return where the root is drawn */
  public Orientation orientation() {
    return orientation;
  }

  /** @return the colours of the clusters */
  public Palette palette() {
    return palette;
  }

  /** @return what precedes a cluster's number in the cut's legend */
  public String clusterPrefix() {
    return clusterPrefix;
  }

  /** Collects options; every setter validates its argument at once. */
  public static final class Builder {
    private int width = 960;
    private int height = 600;
    private String title = "Dendrogram";
    private String subtitle;
    private String heightAxisTitle = "Height";
    private String leafAxisTitle = "Rows";
    private String leafNoun = "row";
    private String leafNounPlural = "rows";
    private List<String> leafLabels;
    private int maxLeaves = DEFAULT_MAX_LEAVES;
    private CutLine cut;
    private Orientation orientation = Orientation.TOP;
    private Palette palette = Palette.OKABE_ITO;
    private String clusterPrefix = ClusterScatterPlot.DEFAULT_CLUSTER_PREFIX;

    private Builder() {
    }

    /**
     * @param width picture width in pixels, {@value #MIN_SIZE}..{@value #MAX_SIZE}
     * @param height picture height in pixels, {@value #MIN_SIZE}..{@value #MAX_SIZE}
     * @return this builder
     * @throws IllegalArgumentException if a side is out of range
     */
    public Builder size(int width, int height) {
      this.width = checkSide("width", width);
      this.height = checkSide("height", height);
      return this;
    }

    private static int checkSide(String name, int value) {
      if (value < MIN_SIZE || value > MAX_SIZE) {
        throw new IllegalArgumentException("picture " + name + " must be " + MIN_SIZE + ".." + MAX_SIZE
            + " pixels, got " + value);
      }
      return value;
    }

    /**
     * @param title the title, empty for none
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * @param subtitle the subtitle, empty for none, null for the automatic one
     * @return this builder
     */
    public Builder subtitle(String subtitle) {
      this.subtitle = subtitle;
      return this;
    }

    /**
     * @param heightAxisTitle the title of the heights axis, e.g. "Euclidean distance (average linkage)"
     * @return this builder
     */
    public Builder heightAxisTitle(String heightAxisTitle) {
      this.heightAxisTitle = Objects.requireNonNull(heightAxisTitle, "heightAxisTitle");
      return this;
    }

    /**
     * @param leafAxisTitle the title of the leaf axis, e.g. "States", empty for none
     * @return this builder
     */
    public Builder leafAxisTitle(String leafAxisTitle) {
      this.leafAxisTitle = Objects.requireNonNull(leafAxisTitle, "leafAxisTitle");
      return this;
    }

    /**
     * @param singular what one leaf is, in the subtitle and the legend, e.g. "item"
     * @param plural what several are, e.g. "items"
     * @return this builder
     */
    public Builder leafNoun(String singular, String plural) {
      this.leafNoun = Objects.requireNonNull(singular, "singular");
      this.leafNounPlural = Objects.requireNonNull(plural, "plural");
      return this;
    }

    /**
     * @param leafLabels one label per row in input order (checked against the tree by the plot), or null for the
     *     0-based row index; line breaks and other control characters are shown as spaces
     * @return this builder
     * @throws NullPointerException if a label is null
     */
    public Builder leafLabels(List<String> leafLabels) {
      this.leafLabels = leafLabels == null ? null : List.copyOf(leafLabels);
      return this;
    }

    /**
     * @param maxLeaves the most leaves to draw, at least 2: a larger tree is truncated to its last
     *     {@code maxLeaves - 1} merges, and each cluster below them is drawn as one leaf labelled "(size)"
     * @return this builder
     * @throws IllegalArgumentException if maxLeaves &lt; 2
     */
    public Builder maxLeaves(int maxLeaves) {
      if (maxLeaves < 2) {
        throw new IllegalArgumentException("maxLeaves must be at least 2, got " + maxLeaves);
      }
      this.maxLeaves = maxLeaves;
      return this;
    }

    /**
     * @param cut where to cut the tree and colour the clusters, or null for no cut
     * @return this builder
     */
    public Builder cut(CutLine cut) {
      this.cut = cut;
      return this;
    }

    /**
     * @param orientation where the root is drawn
     * @return this builder
     */
    public Builder orientation(Orientation orientation) {
      this.orientation = Objects.requireNonNull(orientation, "orientation");
      return this;
    }

    /**
     * @param palette the colours of the clusters (cycled when there are more clusters than colours)
     * @return this builder
     */
    public Builder palette(Palette palette) {
      this.palette = Objects.requireNonNull(palette, "palette");
      return this;
    }

    /**
     * @param clusterPrefix what precedes a cluster's number in the cut's legend, e.g. {@code "cluster_"} where a
     *     host's tables name the clusters so (default {@value ClusterScatterPlot#DEFAULT_CLUSTER_PREFIX})
     * @return this builder
     */
    public Builder clusterPrefix(String clusterPrefix) {
      this.clusterPrefix = Objects.requireNonNull(clusterPrefix, "clusterPrefix");
      return this;
    }

    /** @return the options */
    public DendrogramPlotOptions build() {
      return new DendrogramPlotOptions(this);
    }
  }
}
