/**
 * Data shapes and preparation: the dense row-major matrix that every algorithm reads, feature scaling that
 * becomes part of a model, and validation of input with located messages.
 */
package org.clustermodels.core.data;
