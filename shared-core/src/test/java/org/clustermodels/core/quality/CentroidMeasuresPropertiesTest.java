package org.clustermodels.core.quality;

import static org.clustermodels.core.quality.InternalMeasureProperties.affine;
import static org.clustermodels.core.quality.InternalMeasureProperties.assertClose;
import static org.clustermodels.core.quality.InternalMeasureProperties.rename;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.clustermodels.core.quality.InternalMeasureProperties.Case;

/**
 * Invariances of the Caliński-Harabasz and Davies-Bouldin indices: renaming labels (exact up to the order of
 * summing clusters), translating and uniformly scaling the data (up to rounding; relative tolerance 1e-9).
 */
class CentroidMeasuresPropertiesTest {
  private static final double TOLERANCE = 1e-9;

  @Provide
  Arbitrary<Case> cases() {
    return InternalMeasureProperties.cases();
  }

  @Property
  void calinskiHarabaszIgnoresLabelNames(@ForAll("cases") Case c) {
    assertClose(CalinskiHarabasz.score(c.data(), c.labels()), CalinskiHarabasz.score(c.data(), rename(c.labels())),
        1e-12);
  }

  @Property
  void calinskiHarabaszIsTranslationAndScaleInvariant(@ForAll("cases") Case c,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
      @ForAll @DoubleRange(min = -50, max = 50) double shift) {
    assertClose(CalinskiHarabasz.score(c.data(), c.labels()),
        CalinskiHarabasz.score(affine(c.data(), factor, shift), c.labels()), TOLERANCE);
    assertClose(CalinskiHarabasz.score(c.data(), c.labels()),
        CalinskiHarabasz.score(affine(c.data(), -factor, 0), c.labels()), TOLERANCE);
  }

  @Property
  void daviesBouldinIgnoresLabelNames(@ForAll("cases") Case c) {
    assertClose(DaviesBouldin.score(c.data(), c.labels()), DaviesBouldin.score(c.data(), rename(c.labels())), 1e-12);
  }

  @Property
  void daviesBouldinIsTranslationAndScaleInvariant(@ForAll("cases") Case c,
      @ForAll @DoubleRange(min = 0.01, max = 100) double factor,
      @ForAll @DoubleRange(min = -50, max = 50) double shift) {
    assertClose(DaviesBouldin.score(c.data(), c.labels()),
        DaviesBouldin.score(affine(c.data(), factor, shift), c.labels()), TOLERANCE);
  }
}
