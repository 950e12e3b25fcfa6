package io.callqa.jobs;

import static org.apache.spark.sql.functions.date_sub;
import static org.apache.spark.sql.functions.dayofweek;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.pmod;

import org.apache.spark.sql.Column;

/** Weeks as the tables count them: Monday to Sunday, by the call's UTC date. */
final class Weeks {
    private Weeks() {}

    /** The Monday on or before {@code date}. */
    static Column start(Column date) {
        // dayofweek is 1 for Sunday .. 7 for Saturday: Monday is 0 days after the week's start, Sunday 6.
        return date_sub(date, pmod(dayofweek(date).plus(5), lit(7)));
    }
}
