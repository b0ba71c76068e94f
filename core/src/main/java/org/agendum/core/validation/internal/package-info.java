/**
 * The checks behind {@link org.agendum.core.validation.StandardRule}. Not exported: only the rules'
 * codes, severities and findings are API.
 */
package org.agendum.core.validation.internal;
