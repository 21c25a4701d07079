package org.clustermodels.knime.logic.kmeans;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.awt.Component;
import java.awt.Container;
import java.util.ArrayList;
import java.util.List;
import javax.swing.JCheckBox;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JList;
import javax.swing.JSpinner;
import javax.swing.JTextField;
import javax.swing.ListCellRenderer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.clustermodels.knime.logic.settings.SettingsException;
import org.clustermodels.knime.logic.table.Choice;
import org.clustermodels.knime.logic.table.MissingValuePolicy;
import org.clustermodels.knime.logic.table.Scaling;
import org.junit.Test;

/** The dialog's form, without a display: what it shows is what it gives back, and what it refuses. */
public class KMeansSettingsPanelTest {

  @Provide
  Arbitrary<KMeansNodeSettings> validSettings() {
    Arbitrary<int[]> range = Arbitraries.integers().between(2, 50).flatMap(min -> Arbitraries.integers()
        .between(min, 60).map(max -> new int[] {min, max}));
    Arbitrary<KMeansNodeSettings.Builder> a = Combinators.combine(Arbitraries.integers().between(1, 1000),
        Arbitraries.of(true, false), range, Arbitraries.of(InitChoice.values()),
        Arbitraries.of(AlgorithmChoice.values()), Arbitraries.integers().between(1, 100),
        Arbitraries.integers().between(1, 100_000), Arbitraries.doubles().between(0, 1))
        .as((k, auto, r, init, alg, restarts, iterations, tol) -> KMeansNodeSettings.builder().numClusters(k)
            .autoK(auto).kRange(r[0], r[1]).init(init).algorithm(alg).restarts(restarts)
            .maxIterations(iterations).tolerance(tol));
    return Combinators.combine(a, Arbitraries.longs(), Arbitraries.integers().between(0, 64),
        Arbitraries.of(Scaling.values()), Arbitraries.of(MissingValuePolicy.values()), Arbitraries.of(true, false),
        Arbitraries.integers().between(0, 100), Arbitraries.of(true, false))
        .as((b, seed, threads, scaling, missing, flag, percent, pmml) -> b.seed(seed).threads(threads)
            .scaling(scaling).missingValues(missing).outlierFlag(flag).outlierQuantile(percent / 100.0)
            .pmmlOutput(pmml).build());
  }

  @Property(tries = 60)
  public void givenValidSettings_whenLoadedAndRead_thenTheSameSettingsComeBack(
      @ForAll("validSettings") KMeansNodeSettings s) throws SettingsException {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    panel.load(s);
    assertEquals(s, panel.settings());
  }

  @Test
  public void givenANewForm_whenRead_thenItHoldsTheDefaults() throws SettingsException {
    assertEquals(KMeansNodeSettings.defaults(), new KMeansSettingsPanel().settings());
  }

  @Test
  public void givenTheForm_thenEveryOptionHasOneControlLabelledWithTheOptionsLabel() {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    List<String> texts = new ArrayList<>();
    collectTexts(panel, texts);
    for (KMeansOption o : KMeansOption.values()) {
      Component control = panel.control(o);
      assertTrue(o + " is in the form", isDescendant(panel, control));
      if (control instanceof JCheckBox box) {
        assertEquals(o.label(), box.getText());
      } else {
        assertTrue(o + " is labelled: " + texts, texts.contains(o.label() + ":"));
      }
    }
  }

  private static void collectTexts(Container c, List<String> out) {
    for (Component child : c.getComponents()) {
      if (child instanceof JLabel l) {
        out.add(l.getText());
      }
      if (child instanceof Container inner) {
        collectTexts(inner, out);
      }
    }
  }

  private static boolean isDescendant(Container root, Component c) {
    for (Component p = c; p != null; p = p.getParent()) {
      if (p == root) {
        return true;
      }
    }
    return false;
  }

  @Test
  public void givenAListOfChoices_thenItShowsTheChoicesLabelsNotTheirIds() {
    @SuppressWarnings("unchecked")
    JComboBox<Object> scaling = (JComboBox<Object>) new KMeansSettingsPanel().control(KMeansOption.SCALING);
    ListCellRenderer<Object> r = scaling.getRenderer();
    for (Scaling s : Scaling.values()) {
      Component shown = r.getListCellRendererComponent(new JList<>(), s, 0, false, false);
      assertEquals(((Choice) s).label(), ((JLabel) shown).getText());
    }
    assertEquals(Scaling.values().length, scaling.getItemCount());
  }

  @Test
  public void givenAutomaticK_thenTheRangeIsEnabledAndKIsNot_andTheQuantileFollowsTheOutlierFlag() {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    assertTrue(panel.control(KMeansOption.NUM_CLUSTERS).isEnabled());
    assertFalse(panel.control(KMeansOption.MIN_CLUSTERS).isEnabled());
    assertFalse(panel.control(KMeansOption.OUTLIER_QUANTILE).isEnabled());
    ((JCheckBox) panel.control(KMeansOption.AUTO_K)).doClick();
    ((JCheckBox) panel.control(KMeansOption.OUTLIER_FLAG)).doClick();
    assertFalse(panel.control(KMeansOption.NUM_CLUSTERS).isEnabled());
    assertTrue(panel.control(KMeansOption.MIN_CLUSTERS).isEnabled());
    assertTrue(panel.control(KMeansOption.MAX_CLUSTERS).isEnabled());
    assertTrue(panel.control(KMeansOption.OUTLIER_QUANTILE).isEnabled());
    panel.load(KMeansNodeSettings.defaults());
    assertTrue(panel.control(KMeansOption.NUM_CLUSTERS).isEnabled());
    assertFalse(panel.control(KMeansOption.MAX_CLUSTERS).isEnabled());
  }

  private static JTextField editorOf(KMeansSettingsPanel panel, KMeansOption o) {
    return ((JSpinner.DefaultEditor) ((JSpinner) panel.control(o)).getEditor()).getTextField();
  }

  @Test
  public void givenANumberTypedButNotCommitted_whenRead_thenTheTypedNumberCounts() throws SettingsException {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    editorOf(panel, KMeansOption.NUM_CLUSTERS).setText("7");
    editorOf(panel, KMeansOption.RESTARTS).setText("25");
    KMeansNodeSettings s = panel.settings();
    assertEquals(7, s.numClusters());
    assertEquals(25, s.restarts());
  }

  @Test
  public void givenTextThatIsNoValidNumber_whenRead_thenTheMessageNamesTheOptionAndTheText() {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    ((JTextField) panel.control(KMeansOption.TOLERANCE)).setText("small");
    assertEquals("\"Tolerance\" (tolerance): \"small\" is not a number.",
        assertThrows(SettingsException.class, panel::settings).getMessage());
    panel.load(KMeansNodeSettings.defaults());
    ((JTextField) panel.control(KMeansOption.SEED)).setText("1.5");
    assertTrue(assertThrows(SettingsException.class, panel::settings).getMessage()
        .startsWith("\"Random seed\" (seed): \"1.5\" is not a whole number"));
    panel.load(KMeansNodeSettings.defaults());
    editorOf(panel, KMeansOption.NUM_CLUSTERS).setText("0");
    assertEquals("\"Number of clusters (k)\" (numClusters): \"0\" is not a number from 1 to 2147483647.",
        assertThrows(SettingsException.class, panel::settings).getMessage());
  }

  @Test
  public void givenARangeWithTheLargestBelowTheSmallest_whenRead_thenTheSettingsValidationSaysSo() {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    panel.load(KMeansNodeSettings.builder().autoK(true).kRange(5, 5).build());
    ((JSpinner) panel.control(KMeansOption.MAX_CLUSTERS)).setValue(3);
    assertEquals("\"Largest k\" (maxClusters) must be at least \"Smallest k\" (minClusters) (5), got 3.",
        assertThrows(SettingsException.class, panel::settings).getMessage());
  }

  @Test
  public void givenTheNewSeedButton_whenPressed_thenTheSeedChanges() throws SettingsException {
    KMeansSettingsPanel panel = new KMeansSettingsPanel();
    long before = panel.settings().seed();
    panel.newSeedButton().doClick();
    // a new 64-bit seed equals the default 0 with probability 2^-64
    assertNotEquals(before, panel.settings().seed());
  }
}
