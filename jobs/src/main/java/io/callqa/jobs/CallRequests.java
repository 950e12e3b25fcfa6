package io.callqa.jobs;

import io.callqa.manifest.CallRequest;
import io.callqa.tables.RowBuilder;
import java.sql.Date;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** {@link CallRequest} as Spark rows, to distribute the calls over executors. */
final class CallRequests {
    static final StructType SCHEMA = new StructType()
            .add("call_id", DataTypes.StringType, false)
            .add("audio_uri", DataTypes.StringType, false)
            .add("agent_id", DataTypes.StringType, false)
            .add("started_at", DataTypes.TimestampType, false)
            .add("direction", DataTypes.StringType, true)
            .add("queue", DataTypes.StringType, true)
            .add("customer_id", DataTypes.StringType, true)
            .add("agent_channel", DataTypes.IntegerType, true)
            .add("source", DataTypes.StringType, false)
            .add("call_date", DataTypes.DateType, false);

    private CallRequests() {}

    static Row toRow(CallRequest call) {
        return new RowBuilder("call request", SCHEMA)
                .set("call_id", call.callId())
                .set("audio_uri", call.audioUri())
                .set("agent_id", call.agentId())
                .set("started_at", Timestamp.from(call.startedAt()))
                .set("direction", call.direction())
                .set("queue", call.queue())
                .set("customer_id", call.customerId())
                .set("agent_channel", call.agentChannel())
                .set("source", call.source())
                .set("call_date", Date.valueOf(call.callDate()))
                .build();
    }
}
