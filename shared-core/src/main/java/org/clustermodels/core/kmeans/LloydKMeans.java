package org.clustermodels.core.kmeans;

import org.clustermodels.core.Reference;

/**
 * Lloyd's algorithm, and the template that the exact accelerated variants share: alternate an assignment step
 * (each row to its nearest centre) and an update step (each centre to the weighted mean of its rows) until no
 * label changes or the summed squared centre shift is at most the tolerance, as scikit-learn does. If the loop
 * stops without labels settling, a final assignment makes the labels match the returned centres.
 *
 * <p>Subclasses replace only {@link #newAssignmentStep}; the update step, empty-cluster handling and stopping
 * rule are the same for all, which is what makes {@link HamerlyKMeans} and {@link ElkanKMeans} give exactly
 * Lloyd's labels and centres.
 *
 * <p>Cost: O(n k d) time per iteration, O(n + k d) memory besides the data.
 */
@Reference(authors = "S. P. Lloyd", title = "Least squares quantization in PCM",
    venue = "IEEE Transactions on Information Theory 28(2)", year = 1982,
    url = "https://doi.org/10.1109/TIT.1982.1056489")
class LloydKMeans implements KMeansRunner {

  /** The plain Lloyd algorithm. */
  static final LloydKMeans INSTANCE = new LloydKMeans();

  /**
   * @param problem the run's data
   * @return a fresh assignment step for one run
   */
  AssignmentStep newAssignmentStep(KMeansProblem problem) {
    return new ExhaustiveAssignment(problem);
  }

  @Override
  public final SingleRun run(KMeansProblem p, double[] initialCenters) {
    return new Run(p, newAssignmentStep(p)).run(initialCenters.clone());
  }

  /** Per-run state of the template. */
  private static final class Run {
    private final KMeansProblem p;
    private final AssignmentStep step;
    private final int[] labels;
    private final ClusterSums sums;
    private final ChangedRows changedRows = new ChangedRows();

    Run(KMeansProblem p, AssignmentStep step) {
      this.p = p;
      this.step = step;
      this.labels = new int[p.n()];
      this.sums = new ClusterSums(p);
      java.util.Arrays.fill(labels, -1);
    }

    SingleRun run(double[] centers) {
      double[] next = new double[centers.length];
      boolean strict = false;
      boolean converged = false;
      int iterations = 0;
      for (int it = 0; it < p.maxIterations(); it++) {
        p.monitor().checkCancelled();
        changedRows.clear();
        int changed = step.assign(centers, labels, changedRows);
        update(centers, next, it, changed);
        iterations = it + 1;
        double shift = 0;
        for (int i = 0; i < centers.length; i++) {
          double t = next[i] - centers[i];
          shift += t * t;
        }
        step.centersMoved(centers, next);
        double[] t = centers;
        centers = next;
        next = t;
        if (changed == 0) {
          strict = true;
          converged = true;
          break;
        }
        if (shift <= p.absTolerance()) {
          converged = true;
          break;
        }
      }
      if (!strict) {
        changedRows.clear();
        step.assign(centers, labels, changedRows);
      }
      double inertia = VectorMath.inertia(p.x(), p.w(), p.n(), p.d(), centers, labels);
      return new SingleRun(centers, labels, inertia, iterations, converged);
    }

    /** The update step: weighted means, then the empty-cluster policy. */
    private void update(double[] centers, double[] next, int iteration, int changed) {
      sums.update(labels, changedRows);
      if (!sums.means(next)) {
        return;
      }
      int d = p.d();
      int k = p.k();
      switch (p.emptyClusterPolicy()) {
        case FAIL -> {
          for (int c = 0; c < k; c++) {
            if (sums.isEmpty(c)) {
              throw new IllegalStateException("cluster " + c + " became empty in iteration " + (iteration + 1)
                  + " (empty-cluster policy FAIL); try another seed, k-means++ initialisation or fewer clusters");
            }
          }
        }
        case KEEP_CENTER -> keepEmptyCenters(centers, next);
        case FARTHEST_POINT -> {
          double[] occupied = new double[k];
          for (int c = 0; c < k; c++) {
            occupied[c] = sums.isEmpty(c) ? 0 : 1;
          }
          int moved = EmptyClusters.relocateFarthest(p, centers, labels, occupied, step);
          sums.update(labels, moved);
          sums.means(next);
          keepEmptyCenters(centers, next); // where no row could be moved: k stays
        }
        default -> throw new IllegalStateException("unknown policy " + p.emptyClusterPolicy());
      }
    }

    private void keepEmptyCenters(double[] centers, double[] next) {
      int d = p.d();
      for (int c = 0; c < p.k(); c++) {
        if (sums.isEmpty(c)) {
          System.arraycopy(centers, c * d, next, c * d, d);
        }
      }
    }
  }

  /** Lloyd's assignment: all k distances for every row, a block of rows at a time. */
  private static final class ExhaustiveAssignment implements AssignmentStep {
    private final KMeansProblem p;
    private final RowBlock block;

    ExhaustiveAssignment(KMeansProblem p) {
      this.p = p;
      this.block = new RowBlock(p.d(), p.k());
    }

    @Override
    public int assign(double[] centers, int[] labels, ChangedRows rows) {
      int changed = 0;
      for (int i = 0; i < p.n(); i++) {
        if (block.add(i)) {
          changed += flush(centers, labels, rows);
        }
      }
      return changed + flush(centers, labels, rows);
    }

    private int flush(double[] centers, int[] labels, ChangedRows rows) {
      int m = block.count();
      block.compute(p.x(), centers);
      int changed = 0;
      for (int r = 0; r < m; r++) {
        int i = block.row(r);
        int best = block.nearest(r);
        if (labels[i] != best) {
          labels[i] = best;
          rows.add(i);
          changed++;
        }
      }
      block.clear();
      return changed;
    }

    @Override
    public void centersMoved(double[] oldCenters, double[] newCenters) {
      // no state
    }

    @Override
    public void invalidate(int row) {
      // no state
    }
  }
}
