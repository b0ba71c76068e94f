package org.agendum.web.internal;

/**
 * The page's one style sheet, inline so that the page makes no request: the system's fonts, a
 * readable measure on screen, tables of parallel blocks that wrap rather than overflow, changed
 * blocks struck through and marked in words (not by colour alone), and a print layout in black on
 * white that keeps a block on one page where it can.
 */
final class PageStyle {

    /** The CSS, in a {@code <style>} element. */
    static final String CSS = """
            :root { color-scheme: light; }
            * { box-sizing: border-box; }
            body { margin: 0 auto; max-width: 60rem; padding: 1rem 1.25rem 3rem;
              font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", sans-serif;
              color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
            h1 { font-size: 1.9rem; line-height: 1.2; margin: 0.5rem 0 0.25rem; }
            h2 { font-size: 1.35rem; border-bottom: 2px solid #2b4c7e; padding-bottom: 0.2rem; margin-top: 2rem; }
            h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; color: #2b4c7e; }
            h4, h5, h6 { font-size: 1rem; margin: 0.1rem 0; }
            a { color: #1d4f91; }
            .subtitle { font-size: 1.15rem; margin: 0; color: #444; }
            .when { font-weight: 600; margin: 0.5rem 0; }
            dl { display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: 0.15rem 1rem; margin: 0.5rem 0; }
            dt { font-weight: 600; }
            dd { margin: 0; }
            dd + dd { grid-column: 2; }
            .day { margin-top: 1rem; }
            .block { border-left: 4px solid #2b4c7e; padding: 0.4rem 0.75rem; margin: 0.75rem 0; background: #f6f8fb; }
            .block .block { background: #fff; border-left-color: #8aa2c8; }
            .times { margin: 0; color: #333; font-variant-numeric: tabular-nums; }
            .mark { display: inline-block; font-weight: 700; border: 2px solid currentColor; padding: 0 0.3rem;
              margin: 0.2rem 0; border-radius: 3px; }
            .cancelled, .postponed { border-left-color: #a4161a; }
            .cancelled > .title, .postponed > .title { text-decoration: line-through; }
            .cancelled > .status .mark, .postponed > .status .mark, .event-status .mark { color: #a4161a; }
            .rescheduled { border-left-color: #b36b00; }
            .rescheduled > .status .mark, .provisional > .status .mark { color: #8a5300; }
            .status { margin: 0.1rem 0; }
            .note { font-style: italic; margin: 0.2rem 0; }
            .details dl { font-size: 0.95rem; }
            .children { list-style: none; padding: 0; margin: 0; }
            table { width: 100%; border-collapse: collapse; table-layout: fixed; margin: 0.75rem 0; }
            caption { text-align: left; font-weight: 600; padding: 0.25rem 0; }
            th, td { border: 1px solid #c5cfdd; padding: 0.35rem 0.5rem; vertical-align: top; text-align: left; }
            thead th { background: #e8eef7; }
            thead th:first-child { width: 9.5rem; }
            th[scope=row] { font-weight: 600; font-variant-numeric: tabular-nums; }
            td .block { margin: 0; border-left-width: 3px; }
            td dl { grid-template-columns: 1fr; }
            td dd + dd { grid-column: 1; }
            @media (max-width: 40rem) { dl { grid-template-columns: 1fr; } dd + dd { grid-column: 1; } }
            @media print {
              @page { margin: 15mm 14mm; }
              body { max-width: none; padding: 0; font-size: 10.5pt; color: #000; }
              h2 { border-bottom-color: #000; break-after: avoid; }
              h3 { color: #000; break-after: avoid; }
              a { color: #000; text-decoration: none; }
              .block, .block .block { background: none; border-left-color: #000; break-inside: avoid; }
              .cancelled > .status .mark, .postponed > .status .mark, .event-status .mark,
              .rescheduled > .status .mark, .provisional > .status .mark { color: #000; }
              thead th { background: none; }
              th, td { border-color: #000; }
              tr { break-inside: avoid; }
            }
            """;

    private PageStyle() {}
}
