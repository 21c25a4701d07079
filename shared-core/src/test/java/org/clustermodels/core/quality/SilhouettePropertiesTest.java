package org.clustermodels.core.quality;

import static org.clustermodels.core.quality.InternalMeasureProperties.affine;
import static org.clustermodels.core.quality.InternalMeasureProperties.assertClose;
import static org.clustermodels.core.quality.InternalMeasureProperties.rename;
import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertTrue;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.clustermodels.core.quality.InternalMeasureProperties.Case;

/**
 * Properties of the silhouette: values in [-1, 1]; renaming labels changes nothing, not even rounding (each
 * per-cluster sum is accumulated in row order whatever the cluster is called, and a minimum is exact); translating
 * and uniformly scaling the data change only rounding (relative tolerance 1e-9).
 */
class SilhouettePropertiesTest {

  @Provide
  Arbitrary<Case> cases() {
    return InternalMeasureProperties.cases();
  }

  @Property
  void valuesLieBetweenMinusOneAndOne(@ForAll("cases") Case c) {
    for (double s : Silhouette.perPoint(c.data(), c.labels())) {
      assertTrue(Double.toString(s), s >= -1 && s <= 1);
    }
  }

  @Property
  void ignoresLabelNames(@ForAll("cases") Case c) {
    assertArrayEquals(Silhouette.perPoint(c.data(), c.labels()), Silhouette.perPoint(c.data(), rename(c.labels())),
        0.0);
  }

  @Property
  void isTranslationAndScaleInvariant(@ForAll("cases") Case c,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
      @ForAll @DoubleRange(min = -50, max = 50) double shift) {
    assertClose(Silhouette.exact(c.data(), c.labels()), Silhouette.exact(affine(c.data(), factor, shift), c.labels()),
        1e-9);
  }
}
