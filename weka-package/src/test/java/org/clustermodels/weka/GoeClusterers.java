package org.clustermodels.weka;

import weka.core.WekaPackageManager;
import weka.gui.GenericPropertiesCreator;

/**
 * Prints the clusterer class list the Explorer's chooser offers, after loading the installed packages; run in a
 * child JVM by {@link PackageInstallIT} (with only Weka on its classpath besides this class).
 */
public final class GoeClusterers {
  private GoeClusterers() {
  }

  /**
   * @param args none
   * @throws Exception if Weka fails
   */
  public static void main(String[] args) throws Exception {
    WekaPackageManager.loadPackages(false);
    System.out.println("GOE clusterers: "
        + GenericPropertiesCreator.getGlobalOutputProperties().getProperty("weka.clusterers.Clusterer"));
  }
}
