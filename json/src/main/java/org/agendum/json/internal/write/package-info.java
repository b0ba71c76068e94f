/**
 * The writer of the canonical JSON format: the model walked once, in the format's order, straight
 * onto a streaming generator. {@link org.agendum.json.internal.write.EventJsonWriter} lists the
 * fields of each object type in the order of the reader's table of that type ({@code
 * org.agendum.json.internal.read}); {@code FieldWriter} says once how a field is written: absent
 * values and empty lists left out, enums spelt as the format spells them.
 */
package org.agendum.json.internal.write;
