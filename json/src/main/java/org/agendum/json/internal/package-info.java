/**
 * The hand-written mapping between the model and the canonical JSON format. Not exported: the
 * format itself, documented by its JSON Schema, is the contract.
 */
package org.agendum.json.internal;
