package org.agendum.schedule;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The definitions other tools check schedules with, from {@code shared/formats/voc-schedule}: the
 * C3VOC XSD, checked with the JDK's {@code javax.xml.validation}, and the voc JSON Schema
 * (draft-06), checked with networknt's validator. Each check returns the problems found, empty
 * for a valid document; a test that uses one is skipped when the folder is absent.
 */
final class ScheduleSchemas {

    private static final String SCHEMA_ID = "https://c3voc.de/schedule/schema.json";

    private ScheduleSchemas() {}

    /** Returns what the XSD finds wrong with a {@code schedule.xml}, one line each with its line and column. */
    static List<String> xsdProblems(byte[] xml) {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            javax.xml.validation.Schema schema = factory.newSchema(
                    Shared.formats("voc-schedule").resolve("schedule.xml.xsd").toFile());
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            List<String> problems = new ArrayList<>();
            validator.setErrorHandler(new ErrorHandler() {
                @Override
                public void warning(SAXParseException e) {
                    // Warnings are not failures of the schema.
                }

                @Override
                public void error(SAXParseException e) {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }

                @Override
                public void fatalError(SAXParseException e) {
                    problems.add(e.getLineNumber() + ":" + e.getColumnNumber() + " " + e.getMessage());
                }
            });
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
            return problems;
        } catch (SAXException e) {
            return List.of("not well-formed: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Returns what the voc JSON Schema finds wrong with a {@code schedule.json}. */
    static List<String> jsonSchemaProblems(byte[] json) {
        return Holder.SCHEMA.validate(new String(json, StandardCharsets.UTF_8), InputFormat.JSON).stream()
                .map(Error::toString).toList();
    }

    /** The schema, loaded on first use (so that a test without the shared folder is skipped, not failed). */
    private static final class Holder {
        private static final Schema SCHEMA = load();

        private static Schema load() {
            Path file = Shared.formats("voc-schedule").resolve("schema.json");
            try {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_6,
                        builder -> builder.schemas(Map.of(SCHEMA_ID, text))
                                .schemaLoader(loader -> loader.fetchRemoteResources(false)
                                        .allow(iri -> iri.toString().equals(SCHEMA_ID)
                                                || iri.toString().startsWith("http://json-schema.org/draft-06/"))));
                return registry.getSchema(SchemaLocation.of(SCHEMA_ID));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
