package org.clustermodels.knime.logic.kmeans;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.clustermodels.core.kmeans.KScore;
import org.clustermodels.knime.logic.profile.SegmentPictures;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.settings.SettingsReader;
import org.clustermodels.knime.logic.settings.SettingsWriter;

/**
 * What the k-Means node's view shows, as plain data the glue saves with the node's internals: the model (sizes,
 * SSE, centres), for an automatic k the scores of every k scanned, and the data of the segment pictures (the
 * profile heatmap and the cluster scatter, {@link SegmentPictures}; absent in internals saved before they
 * existed). Immutable.
 */
public final class KMeansViewData {
  /** Settings key (group) of the model content. */
  public static final String KEY_MODEL = "model";
  /** Settings key of the scanned k values (empty for a fixed k). */
  public static final String KEY_SCAN_K = "scanK";
  /** Settings key of the inertia per scanned k. */
  public static final String KEY_SCAN_INERTIA = "scanInertia";
  /** Settings key of the mean silhouette per scanned k. */
  public static final String KEY_SCAN_SILHOUETTE = "scanSilhouette";
  /** Settings key of the Calinski-Harabasz index per scanned k. */
  public static final String KEY_SCAN_CALINSKI_HARABASZ = "scanCalinskiHarabasz";
  /** Settings key of the Davies-Bouldin index per scanned k. */
  public static final String KEY_SCAN_DAVIES_BOULDIN = "scanDaviesBouldin";
  /** Settings key (group) of the segment pictures' data. */
  public static final String KEY_PICTURES = "segmentPictures";

  private final KMeansModelContent model;
  private final List<KScore> scan;
  private final SegmentPictures pictures;

  /**
   * @param model the fitted model
   * @param scan the scores per k of an automatic k, by increasing k (empty for a fixed k)
   * @param pictures the segment pictures' data of the clustered rows, or null for none
   */
  public KMeansViewData(KMeansModelContent model, List<KScore> scan, SegmentPictures pictures) {
    this.model = Objects.requireNonNull(model, "model");
    this.scan = List.copyOf(scan);
    this.pictures = pictures;
  }

  /** @return the model */
  public KMeansModelContent model() {
    return model;
  }

  /** @return the scores per scanned k, empty for a fixed k */
  public List<KScore> scan() {
    return scan;
  }

  /**
   * @param model the fitted model
   * @param scan the scores per k of an automatic k, by increasing k (empty for a fixed k)
   */
  public KMeansViewData(KMeansModelContent model, List<KScore> scan) {
    this(model, scan, null);
  }

  /** @return the segment pictures' data, empty for internals saved before they existed */
  public Optional<SegmentPictures> pictures() {
    return Optional.ofNullable(pictures);
  }

  /**
   * Writes the data: the group {@link #KEY_MODEL}, the scan's columns under the {@code KEY_SCAN_*} keys, then the
   * group {@link #KEY_PICTURES} when there are pictures.
   *
   * @param writer where to write
   */
  public void saveTo(SettingsWriter writer) {
    model.saveTo(writer.addChild(KEY_MODEL));
    int m = scan.size();
    int[] k = new int[m];
    double[][] v = new double[4][m];
    for (int i = 0; i < m; i++) {
      KScore s = scan.get(i);
      k[i] = s.k();
      v[0][i] = s.inertia();
      v[1][i] = s.silhouette();
      v[2][i] = s.calinskiHarabasz();
      v[3][i] = s.daviesBouldin();
    }
    writer.putIntArray(KEY_SCAN_K, k);
    writer.putDoubleArray(KEY_SCAN_INERTIA, v[0]);
    writer.putDoubleArray(KEY_SCAN_SILHOUETTE, v[1]);
    writer.putDoubleArray(KEY_SCAN_CALINSKI_HARABASZ, v[2]);
    writer.putDoubleArray(KEY_SCAN_DAVIES_BOULDIN, v[3]);
    if (pictures != null) {
      pictures.saveTo(writer.addChild(KEY_PICTURES));
    }
  }

  /**
   * @param reader where to read
   * @return the data written by {@link #saveTo}
   * @throws SettingsException if a key is missing or the scan's columns differ in length
   */
  public static KMeansViewData loadFrom(SettingsReader reader) throws SettingsException {
    KMeansModelContent model = KMeansModelContent.loadFrom(reader.getChild(KEY_MODEL));
    int[] k = reader.getIntArray(KEY_SCAN_K);
    double[] inertia = reader.getDoubleArray(KEY_SCAN_INERTIA);
    double[] silhouette = reader.getDoubleArray(KEY_SCAN_SILHOUETTE);
    double[] ch = reader.getDoubleArray(KEY_SCAN_CALINSKI_HARABASZ);
    double[] db = reader.getDoubleArray(KEY_SCAN_DAVIES_BOULDIN);
    if (inertia.length != k.length || silhouette.length != k.length || ch.length != k.length
        || db.length != k.length) {
      throw new SettingsException("The k-means view data is invalid: the scan's columns differ in length.");
    }
    List<KScore> scan = new ArrayList<>();
    for (int i = 0; i < k.length; i++) {
      scan.add(new KScore(k[i], inertia[i], silhouette[i], ch[i], db[i]));
    }
    SegmentPictures pictures = reader.containsKey(KEY_PICTURES)
        ? SegmentPictures.loadFrom(reader.getChild(KEY_PICTURES)) : null;
    return new KMeansViewData(model, scan, pictures);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof KMeansViewData v && v.model.equals(model) && v.scan.equals(scan)
        && Objects.equals(v.pictures, pictures);
  }

  @Override
  public int hashCode() {
    return Objects.hash(model, scan, pictures);
  }
}
