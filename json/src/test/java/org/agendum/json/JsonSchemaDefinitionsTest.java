package org.agendum.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Schema;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.agendum.core.model.InvariantViolationException;
import org.agendum.core.model.Organization;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The definitions the schema states by enum or pattern, over whole families of values, against the
 * model's own list (country codes) and against the JDK, whose parsers the reader uses: the calendar
 * of {@link LocalDate}, {@link ZoneId#of} for offsets, {@link Locale.Builder#setLanguageTag} for
 * language tags. {@link JsonSchemaProperties} does the same over random values in whole documents.
 */
class JsonSchemaDefinitionsTest {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    @Test
    void countryCodeDefinition_acceptsExactlyTheCodesTheModelAccepts_ofEveryPairOfLetters() {
        Schema country = JsonSchemaTest.definition("countryCode");
        Set<String> accepted = new TreeSet<>();
        for (char first = 'A'; first <= 'Z'; first++) {
            for (char second = 'A'; second <= 'Z'; second++) {
                String code = "" + first + second;
                boolean model = modelAccepts(code);
                assertThat(country.validate(string(code)).isEmpty()).as(code).isEqualTo(model);
                assertThat(country.validate(string(code.toLowerCase(Locale.ROOT)))).as(code).isNotEmpty();
                if (model) {
                    accepted.add(code);
                }
            }
        }
        // The model's list is the JDK's (IsoCountryCodesTest); the schema lists it in the same order.
        assertThat(accepted).hasSize(249).isEqualTo(new TreeSet<>(List.of(Locale.getISOCountries())));
        List<String> listed = new ArrayList<>();
        enumOf("countryCode").forEach(n -> listed.add(n.stringValue()));
        assertThat(listed).isSortedAccordingTo(String::compareTo).containsExactlyInAnyOrderElementsOf(accepted);
    }

    @Test
    void localDateDefinition_acceptsTheDaysTheCalendarHas_inTheYears1To9999() {
        Schema date = JsonSchemaTest.definition("localDate");
        Schema dateTime = JsonSchemaTest.definition("localDateTime");
        // Every year: the ends of February; every day of every month in years around the leap rules.
        for (int year = 0; year <= 9999; year++) {
            boolean ruleYear = year < 5 || year % 100 < 2 || year % 400 == 0 || year % 1000 == 999;
            for (int month = ruleYear ? 0 : 2; month <= (ruleYear ? 13 : 2); month++) {
                for (int day = ruleYear ? 0 : 28; day <= 32; day++) {
                    String text = String.format(Locale.ROOT, "%04d-%02d-%02d", year, month, day);
                    boolean exists = exists(year, month, day) && year >= 1;
                    assertThat(date.validate(string(text)).isEmpty()).as(text).isEqualTo(exists);
                    if (day >= 29) {
                        assertThat(dateTime.validate(string(text + "T23:59:59.999")).isEmpty()).as(text).isEqualTo(exists);
                    }
                }
            }
        }
    }

    @Test
    void offsetZones_areAcceptedByTheZoneIdDefinition_exactlyWhenZoneIdOfReadsThem() {
        Schema zone = JsonSchemaTest.definition("zoneId");
        List<String> bodies = new ArrayList<>();
        for (int hours = 0; hours <= 25; hours++) {
            for (String h : hours < 10 ? List.of(String.valueOf(hours), "0" + hours) : List.of(String.valueOf(hours))) {
                bodies.add(h);
                for (String m : List.of("00", "07", "30", "59", "60", "99", "5")) {
                    bodies.add(h + m);
                    bodies.add(h + ":" + m);
                    for (String s : List.of("00", "59", "60", "1")) {
                        bodies.add(h + m + s);
                        bodies.add(h + ":" + m + ":" + s);
                        bodies.add(h + ":" + m + s);
                        bodies.add(h + m + ":" + s);
                    }
                }
            }
        }
        int accepted = 0;
        for (String prefix : List.of("", "UTC", "GMT", "UT")) {
            for (String sign : List.of("+", "-")) {
                for (String body : bodies) {
                    String id = prefix + sign + body;
                    boolean read = zoneIdOfReads(id);
                    assertThat(zone.validate(string(id)).isEmpty()).as(id).isEqualTo(read);
                    accepted += read ? 1 : 0;
                }
            }
            assertThat(zone.validate(string(prefix.isEmpty() ? "Z" : prefix))).as(prefix).isEmpty();
            assertThat(zone.validate(string(prefix + "+"))).as(prefix + "+").isNotEmpty();
        }
        assertThat(accepted).as("offsets read").isGreaterThan(1000);
    }

    @Test
    void languageTagDefinition_acceptsTheIrregularGrandfatheredTags_inAnyCase_asJavaDoes() {
        Schema tag = JsonSchemaTest.definition("languageTag");
        for (String legacy : List.of("en-GB-oed", "i-ami", "i-bnn", "i-default", "i-enochian", "i-hak", "i-klingon",
                "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-BE-FR", "sgn-BE-NL", "sgn-CH-DE")) {
            for (String spelt : List.of(legacy, legacy.toUpperCase(Locale.ROOT), legacy.toLowerCase(Locale.ROOT))) {
                assertThat(tag.validate(string(spelt))).as(spelt).isEmpty();
                assertThat(wellFormedToJava(spelt)).as(spelt).isTrue();
            }
            assertThat(tag.validate(string(legacy + "-a1"))).as(legacy + "-a1").isNotEmpty();
        }
        // Where java.util.Locale departs from RFC 5646 §2.1, the schema follows the reader.
        for (String t : List.of("abcde-abc", "en-1-abc", "de-u-co-phonebk", "sr-Latn-RS-1994", "x-whatever", "zh-min-nan")) {
            assertThat(tag.validate(string(t)).isEmpty()).as(t).isEqualTo(wellFormedToJava(t));
        }
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean zoneIdOfReads(String id) {
        try {
            ZoneId.of(id);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    private static boolean wellFormedToJava(String tag) {
        try {
            new Locale.Builder().setLanguageTag(tag);
            return true;
        } catch (IllformedLocaleException e) {
            return false;
        }
    }

    private static boolean modelAccepts(String country) {
        try {
            Organization.builder().id("o").name("O").country(country).build();
            return true;
        } catch (InvariantViolationException e) {
            return false;
        }
    }

    private static JsonNode enumOf(String definition) {
        return MAPPER.readTree(JsonEventFormat.schema()).at("/$defs/" + definition + "/enum");
    }

    private static JsonNode string(String value) {
        return MAPPER.getNodeFactory().stringNode(value);
    }
}
