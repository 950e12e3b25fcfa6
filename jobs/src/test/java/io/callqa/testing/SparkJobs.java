package io.callqa.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;

/** The Spark jobs started while it listens, with the job group and description the Spark UI shows for each. */
public final class SparkJobs extends SparkListener {
    /** @param group the job group, or null; @param description the job's description, or null */
    public record Job(String group, String description) {}

    private final SparkSession spark;
    private final List<Job> jobs = new CopyOnWriteArrayList<>();

    private SparkJobs(SparkSession spark) {
        this.spark = spark;
    }

    public static SparkJobs listen(SparkSession spark) {
        SparkJobs listener = new SparkJobs(spark);
        spark.sparkContext().addSparkListener(listener);
        return listener;
    }

    @Override
    public void onJobStart(SparkListenerJobStart start) {
        jobs.add(new Job(start.properties().getProperty("spark.jobGroup.id"),
                start.properties().getProperty("spark.job.description")));
    }

    /** Stops listening once every event so far has been delivered; the jobs seen until then. */
    public List<Job> stop() throws Exception {
        // Listeners hear of jobs on Spark's event thread, after the job started.
        spark.sparkContext().listenerBus().waitUntilEmpty();
        spark.sparkContext().removeSparkListener(this);
        return List.copyOf(jobs);
    }
}
