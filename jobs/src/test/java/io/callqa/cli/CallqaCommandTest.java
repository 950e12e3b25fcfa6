package io.callqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The launcher's commands as a user calls them, in this JVM (sharing its SparkSession). */
class CallqaCommandTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @ValueSource(strings = {"transcribe", "analyze", "score", "report", "run", "sql", "review", "demo", "samples"})
    void everyCommandExplainsItself(String command) {
        Output output = run(command, "--help");

        assertThat(output.exitCode()).isZero();
        assertThat(output.out()).startsWith("Usage: callqa " + command);
    }

    @Test
    void transcribesABatchAndAnswersSqlOverItsTablesAsCsv() throws Exception {
        Path calls = Files.createDirectories(folder.resolve("calls"));
        Files.copy(CallqaTestHome.testResource("speech/asterisk/tt-weasels.wav"), calls.resolve("a.wav"));
        Path manifest = Files.writeString(folder.resolve("calls.csv"),
                "call_id,audio_uri,agent_id,started_at\nweasels,calls/a.wav,A100,2026-11-02T09:00:00Z\n"
                        + "gone,calls/gone.wav,A100,2026-11-02T09:00:00Z\n");
        Path roster = Files.writeString(folder.resolve("agents.csv"),
                "agent_id,agent_name,team,supervisor_id,hire_date\nA100,Sarah,Blue,S1,2023-01-01\n");
        String out = folder.resolve("out").toString();

        Output transcribed = run("transcribe", "--calls", manifest.toString(), "--agents", roster.toString(), "--out", out);
        Output query = run("sql", "--out", out, "SELECT role, count(*) AS utterances FROM transcripts GROUP BY role");
        Output rejects = run("sql", "--out", out, "SELECT call_id, reason, message FROM rejects");

        assertThat(transcribed.exitCode()).as(transcribed.err()).isZero();
        assertThat(transcribed.out()).contains("transcribed 1, skipped 0 (already transcribed), rejected 1");
        // A mono prompt: the speaker model hears one voice and gives it the agent's role (at confidence 0.5).
        assertThat(query.out()).isEqualTo("role,utterances\nagent,1\n");
        assertThat(rejects.out()).startsWith("call_id,reason,message\ngone,AUDIO_NOT_FOUND,Cannot read audio ");
    }

    @Test
    void answersOverATableWithoutRows() {
        String out = folder.resolve("out").toString();
        new TableStore(SharedSpark.get(), out).write(Tables.REJECTS,
                SharedSpark.get().createDataFrame(java.util.List.of(), Tables.REJECTS.schema()));

        Output query = run("sql", "--out", out, "SELECT count(*) AS rejected FROM rejects");

        assertThat(query.out()).as(query.err()).isEqualTo("rejected\n0\n");
    }

    @Test
    void failsBeforeAnySparkWorkWithTheFileAndWhatToFix() throws Exception {
        Path manifest = Files.writeString(folder.resolve("calls.csv"), "call_id,audio_uri\nx,a.wav\n");
        Path roster = Files.writeString(folder.resolve("agents.csv"), "agent_id\nA1\n");

        Output output = run("transcribe", "--calls", manifest.toString(), "--agents", roster.toString(),
                "--out", folder.resolve("out").toString());

        assertThat(output.exitCode()).isEqualTo(CallqaCommand.EXIT_BAD_INPUT);
        assertThat(output.err()).contains("Cannot read manifest " + manifest)
                .contains("missing required column(s) agent_id, started_at");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void refusesAScorecardThatNamesARuleThePackLacksBeforeAnyWork() throws Exception {
        String form = Files.readString(CallqaTestHome.home().resolve("conf/scorecards/default.yaml"))
                .replace("rule: closing", "rule: farewell");
        Path scorecard = Files.writeString(folder.resolve("scorecard.yaml"), form);
        Path roster = Files.writeString(folder.resolve("agents.csv"),
                "agent_id,agent_name,team,supervisor_id,hire_date\nA100,Sarah,Blue,S1,2023-01-01\n");

        Output output = run("score", "--out", folder.resolve("out").toString(), "--agents", roster.toString(),
                "--scorecard", scorecard.toString());

        assertThat(output.exitCode()).isEqualTo(CallqaCommand.EXIT_BAD_INPUT);
        assertThat(output.err()).startsWith("Cannot read " + scorecard + " line 97: question 'closing': rule pack "
                + "callqa-default version 3 has no rule 'farewell'");
        assertThat(folder.resolve("out")).doesNotExist();
    }

    @Test
    void reportsABadSettingsFileWithItsLine() throws Exception {
        Path settings = Files.writeString(folder.resolve("bad.yaml"), "version: 1\nspark:\n  mastr: local\n");

        Output output = run("sql", "--conf", settings.toString(), "--out", folder.toString(), "SELECT 1");

        assertThat(output.exitCode()).isEqualTo(CallqaCommand.EXIT_BAD_INPUT);
        assertThat(output.err().strip()).isEqualTo("Cannot read " + settings + " line 3: unknown key 'spark.mastr'; expected one of [master]");
    }

    @Test
    void importsReviewersVerdictsAndRefusesABadFileByLine() throws Exception {
        String out = folder.resolve("out").toString();
        String header = "call_id,item_kind,item_id,automatic_answer,verdict,note,reviewer,reviewed_at\n";
        Path good = Files.writeString(folder.resolve("verdicts.csv"), header
                + "c-1,reason,LOW_SCORE,LOW_SCORE,agree,,qa,2026-11-23T09:00:00Z\n");
        Path bad = Files.writeString(folder.resolve("bad.csv"), header
                + "c-2,reason,LOW_SCORE,LOW_SCORE,agree,,qa,2026-11-23T09:00:00Z\n"
                + "c-3,reason,LOW_SCORE,LOW_SCORE,perhaps,,qa,2026-11-23T09:00:00Z\n");

        Output imported = run("review", "import", good.toString(), "--out", out);
        Output refused = run("review", "import", bad.toString(), "--out", out);

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("review import: 1 verdicts from " + good, "review_verdicts holds 1");
        assertThat(refused.exitCode()).isEqualTo(CallqaCommand.EXIT_BAD_INPUT);
        assertThat(refused.err().strip()).isEqualTo("Cannot import verdicts: 1 bad row(s), nothing imported:\n  " + bad
                + " line 3: verdict 'perhaps' is neither agree nor disagree");
        assertThat(new TableStore(SharedSpark.get(), out).read(Tables.REVIEW_VERDICTS.name(),
                Tables.REVIEW_VERDICTS.schema()).count()).isEqualTo(1);
    }

    private record Output(int exitCode, String out, String err) {}

    /** Runs a command with System.out and System.err captured, as the launcher would print them. */
    private static Output run(String... arguments) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exitCode = CallqaCommand.execute(arguments);
            return new Output(exitCode, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }
}
