package org.agendum.schedule;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.zip.GZIPInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import org.agendum.core.format.EventFormatException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The two real schedules of {@code shared/corpus/frab} (see its SOURCES.md): read by {@link
 * ScheduleXmlFormat}, and read again as a plain DOM that tests query with XPath, the oracle of
 * what the reader must have found. A test that uses one is skipped when the corpus is absent.
 * Each is read once per test run.
 */
enum RealSchedule {

    /** FOSDEM 2020, Brussels, 1 and 2 February 2020: 872 talks in 35 rooms. The file states no zone. */
    FOSDEM_2020("fosdem-2020.schedule.xml.gz", ZoneId.of("Europe/Brussels")),
    /** 31C3, Hamburg, 27 to 30 December 2014: 138 talks in 4 halls, some until or after midnight. The file states no zone. */
    CONGRESS_31C3("31c3.schedule.xml.gz", ZoneId.of("Europe/Berlin"));

    /** Finding a factory is slow (a service look-up); a factory's XPath objects are cheap. */
    private static final XPathFactory XPATH = XPathFactory.newInstance();
    private static final ConcurrentMap<RealSchedule, ScheduleImport> IMPORTS = new ConcurrentHashMap<>();
    private static final ConcurrentMap<RealSchedule, Document> DOCUMENTS = new ConcurrentHashMap<>();

    private final String file;
    private final ZoneId zone;

    RealSchedule(String file, ZoneId zone) {
        this.file = file;
        this.zone = zone;
    }

    /** Returns the conference's zone, which the file does not state. */
    ZoneId zone() {
        return zone;
    }

    /** Returns the schedule as {@link ScheduleXmlFormat} reads it, given the conference's zone. */
    ScheduleImport imported() {
        return IMPORTS.computeIfAbsent(this, schedule -> {
            try (InputStream xml = schedule.open()) {
                return ScheduleXmlFormat.create().withZone(zone).importSchedule(xml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (EventFormatException e) {
                throw new AssertionError(file + " does not import", e);
            }
        });
    }

    /** Returns the nodes an XPath expression selects in the schedule's DOM, in document order. */
    List<Node> select(String xpath) {
        try {
            NodeList nodes = (NodeList) XPATH.newXPath()
                    .evaluate(xpath, document(), XPathConstants.NODESET);
            List<Node> list = new ArrayList<>(nodes.getLength());
            for (int i = 0; i < nodes.getLength(); i++) {
                list.add(nodes.item(i));
            }
            return list;
        } catch (XPathExpressionException e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    /** Returns the trimmed texts of the nodes an XPath expression selects, in document order. */
    List<String> texts(String xpath) {
        return select(xpath).stream().map(node -> node.getTextContent().strip()).toList();
    }

    /**
     * Returns the trimmed text of a talk's child element, or {@code ""} when it has none. (XPath
     * relative to a node rebuilds its model of the whole document on each evaluation: tests read
     * the talks' children by walking the DOM.)
     */
    static String child(Node talk, String name) {
        List<Element> children = children(talk, name);
        return children.isEmpty() ? "" : children.get(0).getTextContent().strip();
    }

    /** Returns the trimmed texts of the elements {@code name} within a talk's child {@code list}, in order. */
    static List<String> items(Node talk, String list, String name) {
        return children(talk, list).stream().flatMap(element -> children(element, name).stream())
                .map(element -> element.getTextContent().strip()).toList();
    }

    /** Returns the date of the day a talk is listed under. */
    static LocalDate dayOf(Node talk) {
        Node day = talk;
        while (!(day instanceof Element element && element.getTagName().equals("day"))) {
            day = day.getParentNode();
        }
        return LocalDate.parse(((Element) day).getAttribute("date"));
    }

    /** Returns a talk's frab id. */
    static String idOf(Node talk) {
        return ((Element) talk).getAttribute("id");
    }

    private static List<Element> children(Node node, String name) {
        List<Element> children = new ArrayList<>();
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && element.getTagName().equals(name)) {
                children.add(element);
            }
        }
        return children;
    }

    private Document document() {
        return DOCUMENTS.computeIfAbsent(this, schedule -> {
            try (InputStream xml = schedule.open()) {
                DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
                factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                return factory.newDocumentBuilder().parse(xml);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (Exception e) {
                throw new AssertionError(file + " is not a well-formed XML document", e);
            }
        });
    }

    /** Returns the schedule's document, uncompressed; the caller closes it. */
    InputStream open() throws IOException {
        Path path = Shared.corpus("frab").resolve(file);
        return new GZIPInputStream(Files.newInputStream(path));
    }
}
