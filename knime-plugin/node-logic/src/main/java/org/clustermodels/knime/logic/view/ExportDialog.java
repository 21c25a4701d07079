package org.clustermodels.knime.logic.view;

import java.awt.Component;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Supplier;
import javax.swing.JButton;
import javax.swing.JFileChooser;
import javax.swing.JOptionPane;
import javax.swing.JToolBar;
import javax.swing.filechooser.FileNameExtensionFilter;
import org.clustermodels.core.render.Plot;

/**
 * The file dialog behind the views' export buttons (the dendrogram view's and the k-Means view's): asks for a file,
 * adds the extension, writes the picture, reports failures.
 */
public final class ExportDialog {
  private ExportDialog() {
  }

  /**
   * Asks where to save the dendrogram view's shown tab and saves it.
   *
   * @param view the view
   * @param format "png" or "svg"
   */
  static void save(DendrogramViewPanel view, String format) {
    String name = defaultName(view, format);
    save(view, view.getShownPlot(), name.substring(0, name.length() - format.length() - 1), format);
  }

  /**
   * A tool bar with "Export PNG…" and "Export SVG…" buttons that save the selected tab's picture.
   *
   * @param parent the component the dialogs belong to
   * @param plot the picture to save, asked when a button is pressed
   * @param baseName the file name proposed for it, without extension
   * @return the tool bar
   */
  public static JToolBar toolBar(Component parent, Supplier<Plot> plot, Supplier<String> baseName) {
    JToolBar bar = new JToolBar();
    bar.setFloatable(false);
    for (String format : new String[] {"png", "svg"}) {
      String upper = format.toUpperCase(Locale.ROOT);
      JButton b = new JButton("Export " + upper + "\u2026");
      b.setToolTipText("Save the selected tab's plot as a" + (format.equals("svg") ? "n " : " ") + upper
          + " picture");
      b.setFocusable(false);
      b.addActionListener(e -> save(parent, plot.get(), baseName.get(), format));
      bar.add(b);
    }
    return bar;
  }

  /**
   * Asks where to save a picture and saves it (the whole picture at its export size); a failure is shown in a
   * message box.
   *
   * @param parent the component the dialogs belong to
   * @param plot the picture
   * @param baseName the file name proposed, without extension, e.g. "cluster-sizes"
   * @param format "png" or "svg"
   */
  public static void save(Component parent, Plot plot, String baseName, String format) {
    JFileChooser chooser = new JFileChooser();
    chooser.setDialogTitle("Export " + format.toUpperCase(Locale.ROOT));
    chooser.setFileFilter(new FileNameExtensionFilter(format.toUpperCase(Locale.ROOT) + " pictures", format));
    chooser.setSelectedFile(new File(baseName + "." + format));
    if (chooser.showSaveDialog(parent) != JFileChooser.APPROVE_OPTION) {
      return;
    }
    Path file = withExtension(chooser.getSelectedFile().toPath(), format);
    try {
      if (format.equals("png")) {
        plot.writePng(file);
      } else {
        plot.writeSvg(file);
      }
    } catch (IOException | RuntimeException e) {
      showError(parent, "Cannot write " + file + ": " + e.getMessage());
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
    return view.getShownFileName() + "." + format;
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
