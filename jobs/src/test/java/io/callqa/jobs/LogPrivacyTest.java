package io.callqa.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.callqa.config.CallqaConfig;
import io.callqa.config.ConfigException;
import io.callqa.manifest.Agent;
import io.callqa.rules.RulePack;
import io.callqa.score.Scorecard;
import io.callqa.storage.S3Settings;
import io.callqa.tables.TableStore;
import io.callqa.tables.Tables;
import io.callqa.testing.CallqaTestHome;
import io.callqa.testing.S3ProxyServer;
import io.callqa.testing.SharedSpark;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.Configurator;
import org.apache.logging.log4j.core.config.Property;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.sync.RequestBody;

/**
 * What callqa writes to its logs: a real transcribe, analyze and score run over a sample call full of personal data, read
 * from S3 with credentials, every log event at INFO and above captured, and none may hold what was said, the
 * personal data in it, or a credential. Secrets come from the environment or the AWS chain only: no settings file
 * holds one, and the settings refuse a key for one.
 */
class LogPrivacyTest {
    /** Four words in a row from a transcript are what was said; shorter runs can occur in any log by chance. */
    private static final int WORDS_IN_A_ROW = 4;

    @TempDir
    Path folder;

    @Test
    void logsOfARealRunHoldNoTranscriptTextPersonalDataOrCredentials() throws Exception {
        Path samples = CallqaTestHome.home().resolve("samples");
        String out = folder.resolve("out").toString();
        SparkSession spark = SharedSpark.get();
        CapturedLogs logs = new CapturedLogs();
        try (S3ProxyServer server = S3ProxyServer.start(folder)) {
            server.client().createBucket(request -> request.bucket("recordings"));
            server.client().putObject(request -> request.bucket("recordings").key("c001.wav"),
                    RequestBody.fromFile(samples.resolve("calls/c001.wav")));
            // c001: the customer gives a date of birth and card digits, the agent her name.
            Path manifest = Files.writeString(folder.resolve("calls.csv"), """
                    call_id,audio_uri,agent_id,started_at,customer_id,agent_channel
                    c001,s3://recordings/c001.wav,A100,2026-11-02T09:14:05Z,K-48213,0
                    gone,s3://recordings/gone.wav,A200,2026-11-02T14:40:00Z,K-10577,1
                    """);
            System.setProperty("aws.accessKeyId", S3ProxyServer.ACCESS_KEY);
            System.setProperty("aws.secretAccessKey", S3ProxyServer.SECRET_KEY);
            CallqaConfig config = CallqaTestHome.config().withS3(new S3Settings(server.endpoint(), "us-east-1", true));

            logs.capture();
            try {
                new TranscribeJob(spark, config, CallqaTestHome.rulePack(), new PrintStream(new ByteArrayOutputStream()))
                        .run(TranscribeJob.readManifest(spark, manifest), out);
                RulePack rules = RulePack.load(CallqaTestHome.home().resolve("conf/rules/default.yaml"));
                new AnalyzeJob(spark, rules, new PrintStream(new ByteArrayOutputStream())).run(out);
                new ScoreJob(spark, Scorecard.load(Path.of(config.scoring().scorecardPath()), rules),
                        Map.of("A100", new Agent("A100", "Sarah Mitchell", "Everyday Banking", "S900", null)),
                        config.scoring(), new PrintStream(new ByteArrayOutputStream())).run(out);
            } finally {
                logs.release();
                System.clearProperty("aws.accessKeyId");
                System.clearProperty("aws.secretAccessKey");
            }
        }

        String logged = String.join("\n", logs.lines).toLowerCase(Locale.ROOT);
        List<String> said = new ArrayList<>();
        new TableStore(spark, out).read(Tables.TRANSCRIPTS.name(), Tables.TRANSCRIPTS.schema()).select("text")
                .collectAsList().forEach(row -> said.add(row.getString(0)));
        for (String line : Files.readAllLines(samples.resolve("ground_truth.jsonl")).subList(0, 1)) {
            Matcher text = Pattern.compile("\"text\":\"([^\"]*)\"").matcher(line);
            while (text.find()) {
                said.add(text.group(1));
            }
        }
        Set<String> phrases = phrases(said);

        // The capture works: Spark alone logs dozens of INFO lines in such a run.
        assertThat(logs.lines).as("captured log events").hasSizeGreaterThan(20);
        assertThat(said).as("utterances to look for").hasSizeGreaterThan(15);
        assertThat(phrases).filteredOn(logged::contains).as("transcript phrases in the logs").isEmpty();
        assertThat(logged).doesNotContain(S3ProxyServer.SECRET_KEY.toLowerCase(Locale.ROOT))
                .doesNotContain(S3ProxyServer.ACCESS_KEY.toLowerCase(Locale.ROOT))
                // Personal data of the call: a date of birth, the card's last digits, a name, the customer id.
                .doesNotContain("march").doesNotContain("four two one seven").doesNotContain("sarah")
                .doesNotContain("k-48213");
        System.out.printf("Log privacy: %d log events at INFO and above, %d transcript phrases of %d words, none logged%n",
                logs.lines.size(), phrases.size(), WORDS_IN_A_ROW);
    }

    @Test
    void noSettingsFileHoldsACredential() throws Exception {
        Pattern credential = Pattern.compile(
                "AKIA[0-9A-Z]{16}|aws_secret_access_key|aws_session_token|fs\\.s3a\\.(access|secret|session)\\.key"
                        + "|(?i)^\\s*[a-z_.]*(secret|password|passwd|token|access_key|credential)[a-z_.]*\\s*[:=]",
                Pattern.MULTILINE);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(CallqaTestHome.home().resolve("conf"))) {
            files = walk.filter(Files::isRegularFile).toList();
        }

        assertThat(files).isNotEmpty().allSatisfy(file ->
                assertThat(credential.matcher(Files.readString(file)).find()).as("%s holds a credential", file).isFalse());
    }

    @Test
    void settingsRefuseAKeyForACredential() throws Exception {
        // The s3 section is the last one of the shipped settings.
        Path settings = Files.writeString(folder.resolve("callqa.yaml"),
                Files.readString(CallqaTestHome.home().resolve("conf/callqa.yaml")) + "  secret_key: abc\n");

        assertThatThrownBy(() -> CallqaConfig.load(settings, CallqaTestHome.home()))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("Cannot read " + settings + " line ")
                .hasMessageContaining("unknown key 's3.secret_key'");
    }

    /** Every run of WORDS_IN_A_ROW words of what was said, lower case, without punctuation. */
    private static Set<String> phrases(List<String> utterances) {
        Set<String> phrases = new LinkedHashSet<>();
        for (String utterance : utterances) {
            String[] words = utterance.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9' ]", " ").trim().split("\\s+");
            for (int start = 0; start + WORDS_IN_A_ROW <= words.length; start++) {
                phrases.add(String.join(" ", java.util.Arrays.copyOfRange(words, start, start + WORDS_IN_A_ROW)));
            }
        }
        return phrases;
    }

    /** Every log event at INFO and above, with its stack trace, while started; the levels are restored on stop. */
    private static final class CapturedLogs extends AbstractAppender {
        final Queue<String> lines = new ConcurrentLinkedQueue<>();
        private Level rootLevel;

        CapturedLogs() {
            super("captured", null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder(event.getLevel() + " " + event.getLoggerName() + ": "
                    + event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            lines.add(line.toString());
        }

        void capture() {
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            Configuration configuration = context.getConfiguration();
            rootLevel = configuration.getRootLogger().getLevel();
            start();
            configuration.addAppender(this);
            configuration.getLoggers().values().forEach(logger -> logger.addAppender(this, Level.INFO, null));
            configuration.getRootLogger().addAppender(this, Level.INFO, null);
            // Spark sets the root level to WARN; everything at INFO is what a user running at INFO would see.
            Configurator.setRootLevel(Level.INFO);
            context.updateLoggers();
        }

        void release() {
            LoggerContext context = (LoggerContext) LogManager.getContext(false);
            Configuration configuration = context.getConfiguration();
            configuration.getLoggers().values().forEach(logger -> logger.removeAppender(getName()));
            configuration.getRootLogger().removeAppender(getName());
            Configurator.setRootLevel(rootLevel);
            context.updateLoggers();
            stop();
        }
    }
}
