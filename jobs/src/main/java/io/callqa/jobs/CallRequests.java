package io.callqa.jobs;

import io.callqa.manifest.CallRequest;
import java.sql.Date;
import java.sql.Timestamp;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
        return RowFactory.create(call.callId(), call.audioUri(), call.agentId(), Timestamp.from(call.startedAt()),
                call.direction(), call.queue(), call.customerId(), call.agentChannel(), call.source(),
                Date.valueOf(call.callDate()));
    }
}
