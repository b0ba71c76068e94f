package org.agendum.json;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import org.agendum.core.format.EventFormat;
import org.agendum.core.format.EventFormatException;
import org.agendum.core.format.EventFormats;
import org.agendum.core.model.Event;
import org.agendum.testing.SeedEvents;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link AgendumJsonModule} gives an application's own mapper the canonical format, and both the
 * module and the format are found as services.
 */
class AgendumJsonModuleTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().addModule(new AgendumJsonModule()).build();

    /** What an application might embed an event in. */
    public record Listing(String source, Event event, List<Event> related) {}

    @Test
    void mapper_writesAnEventAsTheCompactFormatDoes() {
        for (Event event : SeedEvents.all()) {
            assertThat(MAPPER.writeValueAsBytes(event)).isEqualTo(JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toBytes(event));
        }
    }

    @Test
    void mapper_readsBackAnEqualEvent() {
        for (Event event : SeedEvents.all()) {
            assertThat(MAPPER.readValue(MAPPER.writeValueAsString(event), Event.class)).isEqualTo(event);
            assertThat(MAPPER.readValue(JsonEventFormat.create().toJson(event), Event.class)).isEqualTo(event);
        }
    }

    @Test
    void mapperFeaturesAndNamingStrategies_doNotChangeTheFormat() {
        JsonMapper snakeCase = JsonMapper.builder()
                .addModule(new AgendumJsonModule())
                .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .build();
        Event event = SeedEvents.gobiernosLocales2021();
        assertThat(snakeCase.writeValueAsString(event)).isEqualTo(MAPPER.writeValueAsString(event));
    }

    @Test
    void eventInAUsersRecord_roundTrips() {
        Listing listing = new Listing("agenda.mercociudades.org", SeedEvents.gobiernosLocales2021(),
                List.of(SeedEvents.parisSeminar2018()));
        String json = MAPPER.writeValueAsString(listing);
        assertThat(json).contains("\"event\":" + JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toJson(listing.event()));
        assertThat(MAPPER.readValue(json, Listing.class)).isEqualTo(listing);
    }

    @Test
    void eventsInAUsersMap_roundTrip() {
        Map<String, Event> byId = new LinkedHashMap<>();
        for (Event event : SeedEvents.all()) {
            byId.put(event.id(), event);
        }
        String json = MAPPER.writeValueAsString(byId);
        assertThat(MAPPER.readValue(json, new TypeReference<Map<String, Event>>() {})).isEqualTo(byId);
    }

    @Test
    void badEmbeddedEvent_isADatabindExceptionCausedByTheFormatException() {
        ObjectNode listing = MAPPER.createObjectNode();
        listing.put("source", "agenda.mercociudades.org");
        ObjectNode event = (ObjectNode) MAPPER.readTree(JsonEventFormat.create().toJson(SeedEvents.gobiernosLocales2021()));
        ((ObjectNode) event.at("/agenda/blocks/2")).put("id", "panel-1");
        listing.set("event", event);
        listing.putArray("related");

        Throwable thrown = catchThrowable(() -> MAPPER.readValue(MAPPER.writeValueAsString(listing), Listing.class));

        assertThat(thrown).isInstanceOf(DatabindException.class);
        assertThat(thrown.getCause()).isExactlyInstanceOf(EventFormatException.class);
        EventFormatException cause = (EventFormatException) thrown.getCause();
        // The pointer is the field's place in the whole document, as the mapper's path says.
        assertThat(cause.pointer()).contains("/event/agenda/blocks/2/id");
        assertThat(thrown.getMessage()).contains("(at /event/agenda/blocks/2/id)");
        assertThat(cause.code()).contains("DUPLICATE_BLOCK_ID");
        assertThat(((DatabindException) thrown).getPath()).first()
                .satisfies(reference -> assertThat(reference.getPropertyName()).isEqualTo("event"));
        assertThat(thrown.getMessage()).contains("panel-1");
    }

    @Test
    void badEventInAUsersMap_namesItsKey() {
        String json = "{\"ok\":" + JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toJson(SeedEvents.parisSeminar2018())
                + ",\"broken\":{\"formatVersion\":1,\"id\":\"x\",\"title\":\" \",\"zone\":\"UTC\","
                + "\"start\":\"2021-06-11T13:00\",\"agenda\":{}}}";
        Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, new TypeReference<Map<String, Event>>() {}));
        assertThat(thrown).isInstanceOf(DatabindException.class);
        EventFormatException cause = (EventFormatException) thrown.getCause();
        assertThat(cause.pointer()).contains("/broken/title");
        assertThat(cause.code()).contains("BLANK_TEXT");
        assertThat(((DatabindException) thrown).getPathReference()).contains("broken");
    }

    @Test
    void problemAtAnEmbeddedEventsOwnRoot_isAtTheEventsPlaceNotTheDocumentRoot() {
        String event = "{\"id\":\"x\",\"title\":\"T\",\"zone\":\"UTC\",\"start\":\"2021-06-11T13:00\",\"agenda\":{}}";
        String json = "{\"source\":\"s\",\"event\":" + event + ",\"related\":[]}";

        Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Listing.class));

        EventFormatException cause = (EventFormatException) thrown.getCause();
        assertThat(cause.kind()).isEqualTo(EventFormatException.Kind.MISSING_FIELD);
        assertThat(cause.pointer()).contains("/event");
        assertThat(thrown.getMessage()).contains("formatVersion").contains("(at /event)").doesNotContain("document root");
    }

    @Test
    void problemInAnEventInAnArray_isAtItsIndex() {
        Event seminar = SeedEvents.gobiernosLocales2021();
        String broken = JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toJson(seminar)
                .replaceFirst("\"timing\":\\{", "\"timing\":{\"tempo\":1,");
        String json = "{\"source\":\"s\",\"event\":" + MAPPER.writeValueAsString(seminar) + ",\"related\":["
                + MAPPER.writeValueAsString(seminar) + "," + broken + "]}";

        Throwable thrown = catchThrowable(() -> MAPPER.readValue(json, Listing.class));

        EventFormatException cause = (EventFormatException) thrown.getCause();
        assertThat(cause.kind()).isEqualTo(EventFormatException.Kind.UNKNOWN_FIELD);
        assertThat(cause.pointer()).contains("/related/1/agenda/blocks/0/timing/tempo");
    }

    @Test
    void module_isFoundByFindAndAddModules() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        assertThat(found.registeredModules()).anySatisfy(m -> assertThat(m).isInstanceOf(AgendumJsonModule.class));
        Event event = SeedEvents.gobiernosLocales2021();
        assertThat(found.writeValueAsBytes(event)).isEqualTo(JsonEventFormat.create().withLayout(JsonEventFormat.Layout.COMPACT).toBytes(event));
    }

    @Test
    void module_isAJacksonModuleService() {
        assertThat(MapperBuilder.findModules()).anySatisfy(m -> assertThat(m).isInstanceOf(AgendumJsonModule.class));
    }

    @Test
    void module_isFoundByServiceLoaderInAModuleThatUsesTheService() {
        // Surefire patches these tests into org.agendum.json, which provides the service but (rightly)
        // does not use it, and ServiceLoader refuses callers whose module lacks `uses`. Declare it at
        // run time, as an application module would in its module-info (a no-op on the class path).
        Module self = AgendumJsonModuleTest.class.getModule();
        self.addUses(JacksonModule.class);
        assertThat(self.canUse(JacksonModule.class)).isTrue();
        assertThat(ServiceLoader.load(JacksonModule.class).stream().map(ServiceLoader.Provider::type))
                .contains(AgendumJsonModule.class);
    }

    @Test
    void serviceFiles_nameTheImplementations() throws Exception {
        assertThat(serviceFile(JacksonModule.class)).isEqualTo(AgendumJsonModule.class.getName());
        assertThat(serviceFile(EventFormat.class)).isEqualTo(JsonEventFormat.class.getName());
    }

    @Test
    void format_isFoundByNameAndByFileName() {
        assertThat(EventFormats.find("json")).get().isInstanceOf(JsonEventFormat.class);
        assertThat(EventFormats.find("JSON")).get().isInstanceOf(JsonEventFormat.class);
        assertThat(EventFormats.get("json")).isInstanceOf(JsonEventFormat.class);
        assertThat(EventFormats.forFileName("x.json")).get().isInstanceOf(JsonEventFormat.class);
        assertThat(EventFormats.forFileName("seminarios/2021.06/Gobiernos.JSON")).get().isInstanceOf(JsonEventFormat.class);
        assertThat(EventFormats.forFileName("json")).isEmpty();
        assertThat(EventFormats.available()).anySatisfy(f -> assertThat(f).isInstanceOf(JsonEventFormat.class));
    }

    @Test
    void formatFoundAsAService_isThePrettyDefault() {
        EventFormat found = EventFormats.get("json");
        Event event = SeedEvents.gobiernosLocales2021();
        assertThat(found.toBytes(event)).isEqualTo(JsonEventFormat.create().toBytes(event));
    }

    private static String serviceFile(Class<?> service) throws Exception {
        String name = "META-INF/services/" + service.getName();
        try (var in = AgendumJsonModule.class.getModule().getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), UTF_8).strip();
        }
    }
}
