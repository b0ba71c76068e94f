/**
 * The reader of the canonical JSON format: a streaming parser's tokens straight into the model's
 * builders. Each object type of the format is one table of {@link
 * org.agendum.json.internal.read.Fields} (its JSON names, which are required, and how each value
 * is read), grouped by aggregate: {@code EventFields}, {@code PartyFields}, {@code PlaceFields},
 * {@code RegistrationFields}, {@code AgendaFields}. Adding a field to the format is one entry in
 * one table, beside the writer, the schema and docs/JSON.md, which a test keeps in agreement.
 */
package org.agendum.json.internal.read;
