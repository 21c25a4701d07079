/** Progress reporting and cancellation for long-running work, free of any framework type. */
package org.clustermodels.core.progress;
