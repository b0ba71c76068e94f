/**
 * The writers behind the web formats: the JSON-LD walk of an event and the HTML page's layout of
 * a programme. Not exported; the API is {@link org.agendum.web}.
 */
package org.agendum.web.internal;
