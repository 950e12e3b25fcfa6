package io.callqa.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.lag;
import static org.apache.spark.sql.functions.when;

import io.callqa.tables.Tables;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;

/** Per team and week, the team's figures and how each changed since the week before. */
final class TrendTable {
    private static final List<String> FIGURES = List.of("mean_score", "adherence_rate", "escalation_rate",
            "cancellation_rate", "mean_customer_sentiment", "silence_ratio", "average_handle_time_seconds",
            "first_contact_resolution");

    private TrendTable() {}

    static Dataset<Row> build(Dataset<Row> scorecards, Dataset<Row> audit) {
        WindowSpec byTeam = Window.partitionBy("team").orderBy("week_start");
        Dataset<Row> trends = AgentWeekTable.teamWeeks(scorecards, audit);
        // A change is only a change from the calendar week before; after a week without calls there is none.
        Column previousWeekHadCalls = datediff(col("week_start"), lag("week_start", 1).over(byTeam)).equalTo(7);
        for (String figure : FIGURES) {
            trends = trends.withColumn(figure + "_change",
                    when(previousWeekHadCalls, col(figure).minus(lag(figure, 1).over(byTeam))));
        }
        return trends.select(Tables.TRENDS.columns());
    }
}
