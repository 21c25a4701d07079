package org.clustermodels.core.quantize;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

/** MSE and PSNR from a hand-computed sum of squared errors. */
public class ReconstructionErrorTest {

  @Test
  public void mseIsTheMeanOverEveryValueAndPsnrIsInDecibelsOfThePeak() {
    // a 2 x 1 RGB image (0,0,0),(10,20,30) reconstructed as (1,1,1),(10,20,28):
    // squared errors 1 + 1 + 1 + 0 + 0 + 4 = 7 over 6 values
    ReconstructionError e = new ReconstructionError(7, 6, 255);
    assertEquals(7.0 / 6, e.mse(), 1e-15);
    // 10 log10(255^2 / (7/6)) = 10 log10(55735.714...) = 47.4613... dB
    assertEquals(47.46134, e.psnr(), 1e-5);
  }

  @Test
  public void anErrorOfOneGreyLevelEverywhereIs48Point13Decibels() {
    ReconstructionError e = new ReconstructionError(12, 12, 255);
    assertEquals(1, e.mse(), 0);
    assertEquals(20 * Math.log10(255), e.psnr(), 1e-12);
    assertEquals(48.1308, e.psnr(), 1e-4);
  }

  @Test
  public void identicalSignalsHaveAnInfinitePsnr() {
    ReconstructionError e = new ReconstructionError(0, 300, 255);
    assertEquals(0, e.mse(), 0);
    assertTrue(Double.isInfinite(e.psnr()) && e.psnr() > 0);
  }

  @Test
  public void figuresOutOfRangeAreRejectedByName() {
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReconstructionError(-1, 3, 255))
        .getMessage().contains("sumSquaredError"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReconstructionError(1, 0, 255))
        .getMessage().contains("values"));
    assertTrue(assertThrows(IllegalArgumentException.class, () -> new ReconstructionError(1, 3, 0))
        .getMessage().contains("peak"));
  }
}
