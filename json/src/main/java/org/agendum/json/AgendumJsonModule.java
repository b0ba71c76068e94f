package org.agendum.json;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.internal.write.EventJsonWriter;
import org.agendum.json.internal.read.EventJsonReader;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * A Jackson 3 module that reads and writes {@link Event}s in the canonical JSON format, for
 * applications that embed events in their own documents:
 *
 * <pre>{@code
 * JsonMapper mapper = JsonMapper.builder().addModule(new AgendumJsonModule()).build();
 * String json = mapper.writeValueAsString(event);
 * Event read = mapper.readValue(json, Event.class);
 * }</pre>
 *
 * <p>The mapping is the same hand-written one {@link JsonEventFormat} uses, so the output does not
 * depend on the mapper's naming strategy or features. The mapper's own limits apply to reading; a
 * document that is not a valid event is reported as a {@link DatabindException} whose cause is the
 * {@link EventFormatException} with the JSON Pointer of the problem (relative to the event).
 * Installed as a service, the module is also found by {@code findAndAddModules()}.
 */
public final class AgendumJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Creates the module. */
    public AgendumJsonModule() {
        super("agendum-json");
        addSerializer(Event.class, new EventSerializer());
        addDeserializer(Event.class, new EventDeserializer());
    }

    /** Writes an event with the canonical mapping. */
    private static final class EventSerializer extends ValueSerializer<Event> {
        @Override
        public void serialize(Event event, JsonGenerator generator, SerializationContext context) {
            EventJsonWriter.write(event, generator);
        }
    }

    /** Reads an event with the canonical mapping. */
    private static final class EventDeserializer extends ValueDeserializer<Event> {
        @Override
        public Event deserialize(JsonParser parser, DeserializationContext context) {
            try {
                return EventJsonReader.readValue(parser);
            } catch (EventFormatException e) {
                throw DatabindException.from(parser, e.getMessage(), e);
            }
        }
    }
}
