package io.callqa.report;

import java.util.LinkedHashMap;
import java.util.Map;

/** The report's pages, each a self-contained HTML document (inline styles and SVG charts, nothing fetched). */
public final class HtmlReport {
    public static final String INDEX_PAGE = PageLayout.INDEX;

    private HtmlReport() {}

    /** File name to page content, the index first. */
    public static Map<String, String> render(ReportData data) {
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put(PageLayout.INDEX, IndexPage.render(data));
        pages.put(PageLayout.REVIEW_QUEUE, ReviewQueuePage.render(data));
        pages.put(PageLayout.COMPLIANCE, CompliancePage.render(data));
        pages.put(PageLayout.TRAINERS, TrainersPage.render(data));
        return pages;
    }
}
