/**
 * Node settings and model content as keyed values, without KNIME types: the glue adapts KNIME's
 * {@code NodeSettingsRO/WO} and {@code ModelContentRO/WO} to {@link org.clustermodels.knime.logic.settings.SettingsReader}
 * and {@link org.clustermodels.knime.logic.settings.SettingsWriter}.
 */
package org.clustermodels.knime.logic.settings;
