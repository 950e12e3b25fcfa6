package io.callqa.report;

import java.util.List;
import java.util.Optional;

/**
 * How the automatic answers hold up against QA reviewers (from {@code review_calibration}): the flags' precision per
 * reason, each question's agreement, and the calibration sample's miss rate, each with its 95 % interval.
 */
final class CalibrationSection {
    private CalibrationSection() {}

    static void render(Html body, List<CalibrationFigure> figures) {
        body.element("h2", "Reviewer calibration", "id", "calibration");
        if (figures.isEmpty()) {
            body.element("p", "No reviewer verdicts yet: record them on the review queue page, export them and load "
                    + "them with ./callqa review import FILE --out DIR; the next score run measures them.", "class", "muted");
            return;
        }
        body.element("p", "Verdicts of QA reviewers on the automatic answers they saw, counted while the current "
                + "scoring still gives those answers. The interval is Wilson's 95 % interval: with few verdicts it is wide.",
                "class", "lead");
        missRate(figures).ifPresent(miss -> body.open("p", "class", "miss-rate")
                .text("Calibration sample: the flags missed " + miss.disagreed() + " of " + miss.reviewed()
                        + " reviewed unflagged calls — miss rate " + miss.describe() + ".").close("p"));
        table(body, "Flag precision per reason", "Reason", "Deserved the flag",
                figures.stream().filter(figure -> figure.measure().equals(CalibrationFigure.FLAG_PRECISION)).toList());
        table(body, "Agreement per question", "Question", "Agreed with the answer",
                figures.stream().filter(figure -> figure.measure().equals(CalibrationFigure.QUESTION_AGREEMENT)).toList());
    }

    static Optional<CalibrationFigure> missRate(List<CalibrationFigure> figures) {
        return figures.stream().filter(figure -> figure.measure().equals(CalibrationFigure.CALIBRATION_MISS_RATE))
                .findFirst();
    }

    private static void table(Html body, String title, String itemHeading, String agreedHeading,
            List<CalibrationFigure> figures) {
        if (figures.isEmpty()) {
            return;
        }
        body.element("h3", title);
        body.open("table", "class", "calibration").open("tr").element("th", itemHeading)
                .element("th", "Reviewed", "class", "number").element("th", agreedHeading, "class", "number")
                .element("th", "Rate", "class", "number").element("th", "95% interval", "class", "number").close("tr");
        for (CalibrationFigure figure : figures) {
            body.open("tr").element("td", figure.itemId())
                    .element("td", Long.toString(figure.reviewed()), "class", "number")
                    .element("td", Long.toString(figure.agreed()), "class", "number")
                    .element("td", Formats.percent(figure.rate()), "class", "number")
                    .element("td", Formats.percent(figure.rateLow()) + "–" + Formats.percent(figure.rateHigh()),
                            "class", "number")
                    .close("tr");
        }
        body.close("table");
    }
}
