package org.clustermodels.knime.logic.view;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.filechooser.FileNameExtensionFilter;

/** The file dialog behind the view's export buttons: asks for a file, adds the extension, reports failures. */
final class ExportDialog {
  private ExportDialog() {
  }

  /**
   * Asks where to save the shown tab and saves it.
   *
   * @param view the view
   * @param format "png" or "svg"
   */
  static void save(DendrogramViewPanel view, String format) {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Export " + format.toUpperCase(Locale.ROOT));
    chooser.setFileFilter(new FileNameExtensionFilter(format.toUpperCase(Locale.ROOT) + " pictures", format));
    chooser.setSelectedFile(new File(defaultName(view, format)));
    if (chooser.showSaveDialog(view) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = withExtension(chooser.getSelectedFile().toPath(), format);
    try {
      if (format.equals("png")) {
        view.exportPng(file);
      } else {
        view.exportSvg(file);
      }
    } catch (IOException | RuntimeException e) {
      showError(view, "Cannot write " + file + ": " + e.getMessage());
    }
  }

  private static void showError(Component parent, String message) {
    JOptionPane.showMessageDialog(parent, message, "Export failed", JOptionPane.ERROR_MESSAGE);
  }

  /**
   * @param view the view
   * @param format "png" or "svg"
   * @return "dendrogram.png" or "distance-per-fusion.svg", after the shown tab
   */
  static String defaultName(DendrogramViewPanel view, String format) {
    return (view.getShownPlot() == view.getMergeHeightPlot() ? "distance-per-fusion" : "dendrogram") + "." + format;
  }

  /**
   * @param file a chosen file
   * @param format "png" or "svg"
   * @return the file, with ".format" appended unless it already ends so (any case)
   */
  static Path withExtension(Path file, String format) {
    String name = file.getFileName().toString();
    return name.toLowerCase(Locale.ROOT).endsWith("." + format) ? file : file.resolveSibling(name + "." + format);
  }
}
