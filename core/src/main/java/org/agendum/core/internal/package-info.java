/**
 * What the core's packages share and do not export. Not API.
 */
package org.agendum.core.internal;
