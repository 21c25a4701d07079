package org.knime.core.node;

import java.io.File;
import java.io.IOException;

import org.knime.core.data.DataTableSpec;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/** Stand-in for KNIME's NodeModel: a node's settings, configure and execute. */
public abstract class NodeModel implements AbstractNodeView.ViewableModel {
  /**
   * @param nrInDataPorts number of data table inputs
   * @param nrOutDataPorts number of data table outputs
   */
  protected NodeModel(final int nrInDataPorts, final int nrOutDataPorts) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param inPortTypes the input port types
   * @param outPortTypes the output port types
   */
  protected NodeModel(final PortType[] inPortTypes, final PortType[] outPortTypes) {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param nodeInternDir the directory to read from
   * @param exec progress and cancel
   * @throws IOException on read errors
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void loadInternals(final File nodeInternDir, final ExecutionMonitor exec)
      throws IOException, CanceledExecutionException;

  /**
   * @param nodeInternDir the directory to write to
   * @param exec progress and cancel
   * @throws IOException on write errors
   * @throws CanceledExecutionException if cancelled
   */
  protected abstract void saveInternals(final File nodeInternDir, final ExecutionMonitor exec)
      throws IOException, CanceledExecutionException;

  /** @param settings where to write the settings */
  protected abstract void saveSettingsTo(final NodeSettingsWO settings);

  /**
   * @param settings the settings to check
   * @throws InvalidSettingsException if they are invalid
   */
  protected abstract void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException;

  /**
   * @param settings validated settings to load
   * @throws InvalidSettingsException if they cannot be loaded
   */
  protected abstract void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException;

  /** Clears the node's results. */
  protected abstract void reset();

  /**
   * @param inObjects the inputs
   * @param exec progress, cancel and table creation
   * @return the outputs
   * @throws Exception on failure
   */
  protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param inData the input tables
   * @param exec progress, cancel and table creation
   * @return the output tables
   * @throws Exception on failure
   */
  protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
      throws Exception {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param inSpecs the input specs
   * @return the output specs
   * @throws InvalidSettingsException if the node cannot be configured
   */
  protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /**
   * @param inSpecs the input table specs
   * @return the output table specs
   * @throws InvalidSettingsException if the node cannot be configured
   */
  protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
    throw new UnsupportedOperationException("stand-in");
  }

  /** Called when the node is removed. */
  protected void onDispose() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param warningMessage the warning shown on the node, or null */
  protected final void setWarningMessage(final String warningMessage) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the current warning */
  protected final String getWarningMessage() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the node's logger */
  protected final NodeLogger getLogger() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @param arg passed to the views */
  protected final void notifyViews(final Object arg) {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the number of input ports */
  protected final int getNrInPorts() {
    throw new UnsupportedOperationException("stand-in");
  }

  /** @return the number of output ports */
  protected final int getNrOutPorts() {
    throw new UnsupportedOperationException("stand-in");
  }
}
