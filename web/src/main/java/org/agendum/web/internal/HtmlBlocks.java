package org.agendum.web.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.agendum.core.model.BlockStatus;
import org.agendum.core.text.Label;
import org.agendum.core.text.Programme;
import org.agendum.core.text.ProgrammeDay;
import org.agendum.core.text.ProgrammeEntry;
import org.agendum.core.text.ProgrammeTime;

/**
 * The programme part of the page: a section a day, each {@linkplain ProgrammeDay#sessions()
 * session} of the day in turn. A block that runs alone is an article; blocks that run in parallel
 * are a table with a column a room and a row a start time, headed so that a screen reader names
 * the room and the time of every cell. A block's children are articles within it.
 */
final class HtmlBlocks {

    /** The column of a parallel block without a room. */
    private static final String NO_ROOM = "—";

    private final Programme programme;
    private final TextLanguage languages;
    private final Html out;

    HtmlBlocks(Programme programme, TextLanguage languages, Html out) {
        this.programme = programme;
        this.languages = languages;
        this.out = out;
    }

    /** The agenda's section, if it has blocks. */
    void agenda() {
        Optional<String> heading = programme.agendaHeading();
        if (heading.isEmpty()) {
            return;
        }
        out.raw("<section aria-labelledby=\"programme\">\n").element("h2", " id=\"programme\"", heading.get());
        List<ProgrammeDay> days = programme.days();
        for (int d = 0; d < days.size(); d++) {
            ProgrammeDay day = days.get(d);
            String id = "day-" + day.date();
            out.raw("<section class=\"day\"").raw(Html.attribute("aria-labelledby", id)).raw(">\n")
                    .element("h3", Html.attribute("id", id), day.heading());
            for (List<ProgrammeEntry> session : day.sessions()) {
                if (session.size() == 1) {
                    block(session.get(0), 4);
                } else {
                    parallel(session);
                }
            }
            out.raw("</section>\n");
        }
        out.raw("</section>\n");
    }

    /** Blocks that run at the same time, as a table: rooms across, start times down. */
    private void parallel(List<ProgrammeEntry> session) {
        Set<String> rooms = new LinkedHashSet<>();
        Set<Instant> starts = new LinkedHashSet<>();
        for (ProgrammeEntry entry : session) {
            rooms.add(entry.room().orElse(NO_ROOM));
            starts.add(entry.span().orElseThrow().start().toInstant());
        }
        out.raw("<table class=\"parallel\">\n")
                .element("caption", "", programme.labels().get(Label.IN_PARALLEL))
                .raw("<thead>\n<tr>").element("th", " scope=\"col\"", programme.labels().get(Label.TIME));
        rooms.forEach(room -> out.element("th", " scope=\"col\"", room));
        out.raw("</tr>\n</thead>\n<tbody>\n");
        for (Instant start : starts) {
            List<ProgrammeEntry> row = session.stream()
                    .filter(e -> e.span().orElseThrow().start().toInstant().equals(start)).toList();
            out.raw("<tr>\n<th scope=\"row\">");
            List<ProgrammeTime> startTimes = new ArrayList<>();
            for (ProgrammeTime time : row.get(0).zoneTimes()) {
                startTimes.add(new ProgrammeTime(time.zone(), time.start(), time.start(), time.from(),
                        Optional.empty(), false));
            }
            HtmlPage.times(out, startTimes);
            out.raw("</th>\n");
            for (String room : rooms) {
                out.raw("<td>\n");
                row.stream().filter(e -> e.room().orElse(NO_ROOM).equals(room)).forEach(e -> block(e, 4));
                out.raw("</td>\n");
            }
            out.raw("</tr>\n");
        }
        out.raw("</tbody>\n</table>\n");
    }

    /** A block as an article: times, title, status, details, then its children one level down. */
    private void block(ProgrammeEntry entry, int level) {
        BlockStatus status = entry.block().block().status();
        String classes = status == BlockStatus.SCHEDULED ? "block" : "block " + HtmlPage.cssName(status);
        out.raw("<article").raw(Html.attribute("class", classes))
                .raw(Html.attribute("id", "block-" + entry.block().occurrenceId())).raw(">\n");
        if (!entry.zoneTimes().isEmpty()) {
            out.raw("<p class=\"times\">");
            HtmlPage.times(out, entry.zoneTimes());
            out.raw("</p>\n");
        }
        String heading = "h" + Math.min(level, 6);
        out.element(heading, " class=\"title\"" + languages.blockTitle(entry.block().block()), entry.title());
        entry.status().ifPresent(text -> out.raw("<p class=\"status\"><strong class=\"mark\">").text(text)
                .raw("</strong></p>\n"));
        if (!entry.details().isEmpty()) {
            out.raw("<div class=\"details\">\n");
            HtmlPage.items(out, entry.details());
            out.raw("</div>\n");
        }
        if (!entry.children().isEmpty()) {
            out.raw("<div class=\"children\">\n");
            entry.children().forEach(child -> block(child, level + 1));
            out.raw("</div>\n");
        }
        out.raw("</article>\n");
    }
}
