package io.callqa.report;

import io.callqa.score.Evidence;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small, fully known report: two teams over three weeks (Retention had no calls in the first), three rules, four
 * flagged calls (one of them in the calibration sample), drivers, rising terms and coaching targets. Some text holds
 * markup, as a transcript can, to prove that the pages show it as text.
 */
public final class SampleReportData {
    public static final LocalDate WEEK_1 = LocalDate.parse("2026-11-02");
    public static final LocalDate WEEK_2 = LocalDate.parse("2026-11-09");
    public static final LocalDate WEEK_3 = LocalDate.parse("2026-11-16");
    public static final String MARKUP_IN_EVIDENCE = "<script>alert(\"x\")</script> & my card is [CARD]";
    public static final String MARKUP_IN_NAME = "Ben <b>O'Neil</b>";
    /** Team weeks in the trends: Billing has three, Retention two. */
    public static final int TEAM_WEEKS = 5;
    /** Trend charts drawn: every measure but first contact resolution, which no team has. */
    public static final int TREND_CHARTS = 7;
    public static final int RULES = 3;
    public static final int WEEKS = 3;
    public static final int FLAG_REASONS = 5;
    /** c-104's recording, relative to the report folder (a browser test puts a real recording there). */
    public static final String RECORDING = "../recordings/c-104.wav";
    public static final String PRESIGNED_URL = "https://calls.s3.us-east-1.amazonaws.com/2026/c-101.wav"
            + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Expires=3600&X-Amz-Signature=ab12";
    public static final Instant PRESIGNED_EXPIRY = Instant.parse("2026-11-23T09:00:00Z");

    private SampleReportData() {}

    public static ReportData create() {
        return new ReportData(Instant.parse("2026-11-23T08:00:00Z"), "/data/callqa", 4, reviewQueue(), compliance(),
                trends(), callDrivers(), emergingTerms(), coachingTargets(), recordings(), calibration());
    }

    /**
     * c-104's recording is a local file beside the report folder ({@link #RECORDING}); c-101's a pre-signed S3 URL; the
     * other calls have none.
     */
    private static Map<String, RecordingLink> recordings() {
        return Map.of("c-104", new RecordingLink(RECORDING, null, false),
                "c-101", new RecordingLink(PRESIGNED_URL, PRESIGNED_EXPIRY, false));
    }

    /** Reviewers agreed with 3 of 4 LOW_SCORE flags; the flags missed 1 of 10 calibration calls. */
    private static List<CalibrationFigure> calibration() {
        return List.of(
                new CalibrationFigure(CalibrationFigure.FLAG_PRECISION, "LOW_SCORE", 4, 3, 1, 0.75, 0.3006, 0.9544),
                new CalibrationFigure(CalibrationFigure.FLAG_PRECISION, "ESCALATION", 2, 2, 0, 1.0, 0.3424, 1.0),
                new CalibrationFigure(CalibrationFigure.QUESTION_AGREEMENT, "greeting", 5, 4, 1, 0.8, 0.3755, 0.9638),
                new CalibrationFigure(CalibrationFigure.CALIBRATION_MISS_RATE, "CALIBRATION_SAMPLE", 10, 9, 1, 0.1,
                        0.0179, 0.4042));
    }

    private static List<FlaggedCall> reviewQueue() {
        CallScorecard failed = new CallScorecard("standard", "3", 0.0, 72.5, true,
                List.of(new SectionScore("opening", "Opening", 20, 100.0), new SectionScore("compliance", "Compliance", 50, 45.0),
                        new SectionScore("closing", "Closing", 30, null)),
                List.of(new CriterionAnswer("opening", "greeting", "Did the agent greet the customer and name the company?",
                                "MET", 10, 10, false, "greeting passed", new Evidence(500L, 4_200L,
                                "thank you for calling north wind bank")),
                        new CriterionAnswer("compliance", "recording-disclosure", "Was the recording disclosed?", "NOT_MET",
                                0, 20, true, "recording-disclosure failed", Evidence.NONE),
                        new CriterionAnswer("closing", "closing", "Did the agent offer further help?", "NOT_APPLICABLE",
                                0, 0, false, "call transferred", Evidence.NONE)));
        return List.of(
                new FlaggedCall("c-101", Instant.parse("2026-11-17T09:15:00Z"), "a1", "Ana Silva", "Billing", "cards",
                        0.0, true, 1, false,
                        List.of(new FlagReason("AUTO_FAIL", "critical question missed: recording-disclosure", Evidence.NONE)),
                        Optional.of(failed)),
                new FlaggedCall("c-104", Instant.parse("2026-11-18T14:02:00Z"), "a3", "Cara Jones", "Retention", "retention",
                        81.0, false, 1, false,
                        List.of(new FlagReason("ESCALATION", "customer asked for a supervisor",
                                new Evidence(21_000L, 24_500L, "i want to speak to a supervisor"))),
                        Optional.empty()),
                new FlaggedCall("c-102", Instant.parse("2026-11-19T10:40:00Z"), "a2", MARKUP_IN_NAME, "Billing", "cards",
                        58.0, false, 2, false,
                        List.of(new FlagReason("LOW_SCORE", "score 58 below 70", Evidence.NONE),
                                new FlagReason("NEGATIVE_SENTIMENT", "customer ended negative",
                                        new Evidence(95_000L, 99_000L, MARKUP_IN_EVIDENCE))),
                        Optional.empty()),
                new FlaggedCall("c-103", Instant.parse("2026-11-20T16:05:00Z"), "a1", "Ana Silva", "Billing", "cards",
                        92.0, false, 3, true,
                        List.of(new FlagReason("CALIBRATION_SAMPLE", "drawn for calibration", Evidence.NONE)),
                        Optional.empty()));
    }

    private static List<RuleAdherence> compliance() {
        List<RuleAdherence> rows = new ArrayList<>();
        String[][] agents = {{"a1", "Ana Silva", "Billing"}, {"a2", MARKUP_IN_NAME, "Billing"}, {"a3", "Cara Jones", "Retention"}};
        String[] rules = {"greeting", "recording-disclosure", "identity-verification"};
        List<LocalDate> weeks = List.of(WEEK_1, WEEK_2, WEEK_3);
        for (int week = 0; week < weeks.size(); week++) {
            for (String[] agent : agents) {
                if (agent[2].equals("Retention") && week == 0) {
                    continue;
                }
                for (String rule : rules) {
                    long failed = rule.equals("recording-disclosure") && agent[0].equals("a1") && week == 2 ? 1
                            : rule.equals("identity-verification") && agent[0].equals("a2") ? 2 : 0;
                    long applicable = 6;
                    List<String> failing = new ArrayList<>();
                    for (int index = 0; index < failed; index++) {
                        failing.add(failed == 1 ? "c-101" : "c-2" + week + index);
                    }
                    rows.add(new RuleAdherence(weeks.get(week), agent[2], agent[0], agent[1], rule, "1",
                            rule.equals("recording-disclosure") ? "auto_fail" : "major", applicable, applicable - failed,
                            failed, (applicable - failed) / (double) applicable, failing, "default", "2",
                            "4f2a9c1be0d37a6a54c2c0ffee1234567890abcdef1234567890abcdef123456"));
                }
            }
        }
        return rows;
    }

    private static List<TeamWeek> trends() {
        return List.of(
                new TeamWeek(WEEK_1, "Billing", 40, 78.0, 0.93, 0.05, 0.02, 0.10, 0.12, 310.0, null),
                new TeamWeek(WEEK_2, "Billing", 44, 80.5, 0.95, 0.04, 0.03, 0.14, 0.11, 298.0, null),
                new TeamWeek(WEEK_3, "Billing", 38, 74.0, 0.89, 0.08, 0.05, -0.05, 0.15, 335.0, null),
                new TeamWeek(WEEK_2, "Retention", 20, 70.0, 0.90, 0.12, 0.20, -0.20, 0.18, 420.0, null),
                new TeamWeek(WEEK_3, "Retention", 22, 72.5, 0.92, 0.10, 0.25, -0.15, 0.16, 405.0, null));
    }

    private static List<CallDriver> callDrivers() {
        return List.of(
                new CallDriver(WEEK_3, "Billing", 0, List.of("card", "blocked", "lost", "replacement"), 20, 0.53),
                new CallDriver(WEEK_3, "Billing", 1, List.of("fee", "statement", "charge"), 18, 0.47),
                new CallDriver(WEEK_3, "Retention", 0, List.of("cancel", "account", "price"), 15, 0.68),
                new CallDriver(WEEK_3, "Retention", 1, List.of("offer", "discount"), 7, 0.32),
                new CallDriver(WEEK_2, "Billing", 0, List.of("card", "lost"), 30, 0.68));
    }

    private static List<EmergingTerm> emergingTerms() {
        return List.of(
                new EmergingTerm(WEEK_3, "outage", 9, 0.15, 0.0, 0.15, 1),
                new EmergingTerm(WEEK_3, "app", 12, 0.20, 0.08, 0.12, 2),
                new EmergingTerm(WEEK_3, "fee", 10, 0.17, 0.10, 0.07, 3),
                new EmergingTerm(WEEK_2, "card", 10, 0.17, 0.10, 0.07, 1));
    }

    private static List<CoachingTarget> coachingTargets() {
        return List.of(
                new CoachingTarget("a2", MARKUP_IN_NAME, "Billing", 1, "identity-verification",
                        "Did the agent verify the customer's identity before account details?", 18, 0.67, 34, 0.97, 0.002,
                        6.6, List.of(new CoachingExample("c-210", WEEK_3.plusDays(1), "identity-verification failed",
                                new Evidence(30_000L, 34_000L, "your balance is [NUMBER]")))),
                new CoachingTarget("a2", MARKUP_IN_NAME, "Billing", 2, "closing", "Did the agent offer further help?",
                        18, 0.72, 34, 0.94, 0.03, 2.2, List.of()),
                new CoachingTarget("a3", "Cara Jones", "Retention", 1, "empathy", "Did the agent acknowledge the concern?",
                        22, 0.50, 20, 0.85, 0.01, 3.5, List.of(new CoachingExample("c-104", WEEK_3.plusDays(2),
                                "no acknowledgement", new Evidence(12_000L, 15_000L, "ok what do you want")))));
    }
}
