/**
 * The canonical JSON format of agendum events.
 *
 * <p>{@link org.agendum.json.JsonEventFormat} writes and reads whole documents; {@link
 * org.agendum.json.AgendumJsonModule} plugs the same mapping into an application's Jackson 3
 * {@code JsonMapper}. The format is explicit &mdash; written by hand, not derived from accessor
 * names &mdash; lossless, deterministic (equal events give identical bytes) and documented by a JSON
 * Schema ({@link org.agendum.json.JsonEventFormat#schema()}).
 *
 * <p>Null policy: no method accepts or returns {@code null}.
 */
package org.agendum.json;
