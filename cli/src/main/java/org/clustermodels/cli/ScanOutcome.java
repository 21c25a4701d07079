package org.clustermodels.cli;

import java.util.List;
import org.clustermodels.core.kmeans.KMeansResult;
import org.clustermodels.core.kmeans.KScore;

/**
 * The outcome of {@code --k-range}: one score row per k, the suggested k and its fit.
 *
 * @param scores one entry per k, ascending
 * @param suggestedK the k the scan suggests
 * @param suggested the fit for the suggested k
 */
record ScanOutcome(List<KScore> scores, int suggestedK, KMeansResult suggested) {
}
