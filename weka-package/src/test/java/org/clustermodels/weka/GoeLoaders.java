package org.clustermodels.weka;

import weka.core.Instances;
import weka.core.WekaPackageManager;
import weka.core.converters.AbstractFileLoader;
import weka.core.converters.ConverterUtils;
import weka.gui.GenericPropertiesCreator;

/**
 * Prints the file loaders Weka knows after loading the installed packages (the Explorer's Open file dialog lists
 * these), the loader it picks for a file, and how many instances it loads from it; run in a child JVM by
 * {@link PackageInstallIT} (with only Weka on its classpath besides this class).
 */
public final class GoeLoaders {
  private GoeLoaders() {
  }

  /**
   * @param args the file to load
   * @throws Exception if Weka fails
   */
  public static void main(String[] args) throws Exception {
    WekaPackageManager.loadPackages(false);
    System.out.println("GOE file loaders: " + GenericPropertiesCreator.getGlobalOutputProperties()
        .getProperty(AbstractFileLoader.class.getName()));
    System.out.println("ConverterUtils file loaders: " + String.join(",", ConverterUtils.getFileLoaders()));
    AbstractFileLoader loader = ConverterUtils.getLoaderForFile(args[0]);
    System.out.println("Loader for the file: " + (loader == null ? "none" : loader.getClass().getName()));
    Instances data = ConverterUtils.DataSource.read(args[0]);
    System.out.println("Instances: " + data.numInstances() + ", attributes: " + data.numAttributes());
  }
}
