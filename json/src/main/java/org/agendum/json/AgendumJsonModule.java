package org.agendum.json;

import org.agendum.core.format.EventFormatException;
import org.agendum.core.model.Event;
import org.agendum.json.internal.JacksonAnnotations;
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
 * {@link EventFormatException} with the JSON Pointer of the problem in the whole document: an event
 * read as the {@code event} member of an application's record that is missing its title is
 * reported at {@code /event/title}. Installed as a service, the module is also found by {@code
 * findAndAddModules()}.
 *
 * <p>Like every Jackson 3 mapper, it needs {@code com.fasterxml.jackson.core:jackson-annotations}
 * 2.21 or newer, which Jackson 2 shares: an application that pins Jackson 2.17–2.20 also pins
 * older annotations, and then creating the module fails at once with an {@link
 * IllegalStateException} that says which version to declare. {@link JsonEventFormat} works with the
 * older annotations.
 */
public final class AgendumJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the module.
     *
     * @throws IllegalStateException if {@code com.fasterxml.jackson.core:jackson-annotations} is
     *     older than 2.21, which Jackson 3's mappers need; the message says which version was found
     *     and how to get a newer one
     */
    public AgendumJsonModule() {
        super("agendum-json");
        JacksonAnnotations.requireMapperSupport("AgendumJsonModule (agendum-json)");
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
