package io.callqa.report;

import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.codec.digest.DigestUtils;

/** The frame every page shares: one self-contained document with inline styles and the navigation between pages. */
final class PageLayout {
    static final String INDEX = "index.html";
    static final String REVIEW_QUEUE = "review-queue.html";
    static final String COMPLIANCE = "compliance.html";
    static final String TRAINERS = "trainers.html";

    private static final List<String[]> NAVIGATION = List.of(
            new String[] {INDEX, "Overview"},
            new String[] {REVIEW_QUEUE, "QA review queue"},
            new String[] {COMPLIANCE, "Compliance"},
            new String[] {TRAINERS, "Trainers"});

    private static final String STYLE = """
            :root { color-scheme: light; --ink: #1f2933; --muted: #616e7c; --line: #d9dee3; --accent: #0072b2;
                    --bad: #b42318; --warn: #b54708; --good: #067647; }
            * { box-sizing: border-box; }
            body { margin: 0; font: 14px/1.45 "DejaVu Sans", system-ui, sans-serif; color: var(--ink); background: #f6f7f9; }
            header.top { background: #102a43; color: #fff; padding: 10px 24px; display: flex; gap: 24px; align-items: baseline; }
            header.top .brand { font-weight: bold; font-size: 16px; }
            header.top nav a { color: #cfe3f5; margin-right: 18px; text-decoration: none; }
            header.top nav a.active { color: #fff; border-bottom: 2px solid #fff; }
            main { padding: 16px 24px 48px; max-width: 1280px; }
            h1 { font-size: 22px; margin: 8px 0 4px; }
            h2 { font-size: 17px; margin: 28px 0 8px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
            h3 { font-size: 15px; margin: 16px 0 6px; }
            p.lead, .muted { color: var(--muted); }
            table { border-collapse: collapse; background: #fff; margin: 6px 0 12px; }
            th, td { border: 1px solid var(--line); padding: 4px 8px; text-align: left; vertical-align: top; }
            th { background: #eef1f4; font-weight: 600; }
            td.number, th.number { text-align: right; font-variant-numeric: tabular-nums; }
            .badge { display: inline-block; padding: 0 6px; border-radius: 8px; font-size: 12px; margin-right: 4px;
                     background: #eef1f4; color: var(--ink); white-space: nowrap; }
            .badge.auto-fail, .badge.priority-1 { background: #fee4e2; color: var(--bad); }
            .badge.priority-2 { background: #fef0c7; color: var(--warn); }
            .badge.calibration { background: #d1e9ff; color: #175cd3; }
            .answer-NOT_MET { color: var(--bad); font-weight: 600; }
            .answer-MET { color: var(--good); }
            .answer-NOT_APPLICABLE { color: var(--muted); }
            .rate-low { color: var(--bad); font-weight: 600; }
            details.call { background: #fff; border: 1px solid var(--line); border-radius: 6px; margin: 8px 0; padding: 6px 12px; }
            details.call > summary { cursor: pointer; display: flex; flex-wrap: wrap; gap: 12px; align-items: baseline; }
            details.call > summary .call-id { font-weight: 600; font-family: "DejaVu Sans Mono", monospace; }
            table.criteria td:first-child { width: 34%; }
            table.criteria td:last-child, table.reasons td:last-child { min-width: 16em; }
            .evidence { font-family: "DejaVu Sans Mono", monospace; font-size: 13px; background: #f3f4f6; padding: 1px 4px; }
            .time { color: var(--muted); font-variant-numeric: tabular-nums; white-space: nowrap; }
            .cards { display: flex; flex-wrap: wrap; gap: 12px; margin: 12px 0; }
            .card { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; min-width: 180px; }
            .card .value { font-size: 24px; font-weight: 600; }
            .card a { text-decoration: none; color: var(--accent); }
            .charts { display: flex; flex-wrap: wrap; gap: 16px; }
            figure.chart-figure { margin: 0; background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 8px; }
            svg.chart { display: block; max-width: 100%; height: auto; }
            svg .chart-title { font-size: 13px; font-weight: 600; fill: var(--ink); }
            svg .axis-label, svg .bar-value { font-size: 11px; fill: var(--muted); }
            svg .chart-empty { font-size: 13px; fill: var(--muted); }
            svg .grid { stroke: #e5e8eb; stroke-width: 1; }
            svg .series-line { fill: none; stroke-width: 2; }
            figcaption.legend { font-size: 12px; color: var(--muted); padding: 4px 0 0 48px; }
            .legend-item { margin-right: 14px; white-space: nowrap; }
            .swatch { display: inline-block; width: 10px; height: 10px; margin-right: 4px; border-radius: 2px; }
            footer { color: var(--muted); font-size: 12px; padding: 12px 24px; }
            audio.recording { display: block; width: 100%; max-width: 640px; margin: 8px 0 4px; }
            button.play { font-size: 12px; padding: 0 6px; margin-left: 6px; cursor: pointer; }
            select.verdict, input.note { font-size: 12px; }
            input.note { width: 14em; }
            .toolbar { display: flex; gap: 12px; align-items: baseline; margin: 8px 0; }
            """;

    private PageLayout() {}

    static String render(String fileName, String title, String body, ReportData data) {
        return render(fileName, title, body, data, Set.of(), null);
    }

    /**
     * A page that plays recordings from {@code mediaSources} and runs {@code script}; the Content-Security-Policy
     * allows exactly those sources and that one script (by its hash), nothing else.
     */
    static String render(String fileName, String title, String body, ReportData data, Set<String> mediaSources,
            String script) {
        Html page = new Html();
        page.markup("<!DOCTYPE html>\n").open("html", "lang", "en").open("head")
                .markup("<meta charset=\"utf-8\">")
                .markup("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                // The pages hold call data: nothing may be fetched from elsewhere, not even by accident.
                .markup("<meta http-equiv=\"Content-Security-Policy\" content=\""
                        + Html.escape(contentSecurityPolicy(mediaSources, script)) + "\">")
                .element("title", title + " — callqa")
                .open("style").markup(STYLE).close("style")
                .close("head").open("body")
                .open("header", "class", "top").element("span", "callqa", "class", "brand").open("nav");
        for (String[] link : NAVIGATION) {
            page.element("a", link[1], "href", link[0], "class", link[0].equals(fileName) ? "active" : null);
        }
        page.close("nav").close("header")
                .open("main").markup(body).close("main")
                .open("footer")
                .text("Generated " + Formats.timestamp(data.generatedAt()) + " from " + data.outputRoot()
                        + ". Text shown is redacted (personal data replaced).")
                .close("footer");
        if (script != null) {
            page.open("script").markup(script).close("script");
        }
        page.close("body").close("html");
        return page.toString();
    }

    static String contentSecurityPolicy(Set<String> mediaSources, String script) {
        StringBuilder policy = new StringBuilder("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
        if (!mediaSources.isEmpty()) {
            policy.append("; media-src ").append(String.join(" ", new TreeSet<>(mediaSources)));
        }
        if (script != null) {
            policy.append("; script-src 'sha256-").append(Base64.getEncoder().encodeToString(DigestUtils.sha256(script)))
                    .append('\'');
        }
        return policy.toString();
    }
}
