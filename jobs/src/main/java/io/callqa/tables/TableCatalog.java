package io.callqa.tables;

import java.util.Map;
import org.apache.commons.codec.digest.DigestUtils;
import org.apache.spark.sql.SparkSession;

/**
 * Where the Iceberg tables of an output root are registered: a Spark catalog name and a namespace.
 *
 * <p>By default each output root has its own <b>embedded</b> catalog, needing no server: Iceberg's JDBC catalog on an
 * SQLite file, {@code OUT/_catalog/iceberg.db}. Not Iceberg's Hadoop catalog: it commits by renaming a new
 * {@code vN.metadata.json} into place, and on a local file system a rename silently replaces a file another process
 * wrote in between (Iceberg only guards against that with a lock manager inside one JVM), so two processes committing
 * to one table at once could lose a commit. The JDBC catalog commits with one compare-and-swap
 * {@code UPDATE ... WHERE metadata_location = <the one this commit started from>} that SQLite runs under its file
 * lock, so of two concurrent commits exactly one wins and the other is retried on top of it.
 *
 * <p>Any other Iceberg catalog (REST, Glue, Hive, JDBC on PostgreSQL, ...) is named by {@code tables.catalog} in
 * {@code conf/callqa.yaml}, configured by {@code spark.sql.catalog.<name>.*} in Spark's conf or under
 * {@code tables.catalog_properties}. The choice travels in the session's conf, so every stage opens the same one.
 */
public record TableCatalog(String sparkCatalog, String namespace) {
    /** Session conf keys that carry the choice from {@code conf/callqa.yaml} to every {@link TableStore}. */
    public static final String CATALOG_KEY = "spark.callqa.tables.catalog";
    public static final String NAMESPACE_KEY = "spark.callqa.tables.namespace";
    public static final String EMBEDDED = "embedded";
    public static final String DEFAULT_NAMESPACE = "callqa";
    /** The folder under the output root that holds the embedded catalog. */
    public static final String FOLDER = "_catalog";

    /** The catalog the session's conf names for {@code root}: the embedded one unless another was configured. */
    public static TableCatalog of(SparkSession spark, String root) {
        String name = spark.conf().get(CATALOG_KEY, EMBEDDED);
        String namespace = spark.conf().get(NAMESPACE_KEY, DEFAULT_NAMESPACE);
        if (!name.equals(EMBEDDED)) {
            if (spark.conf().getOption("spark.sql.catalog." + name).isEmpty()) {
                throw new IllegalArgumentException("Cannot open the tables: catalog '" + name + "' (tables.catalog) "
                        + "is not configured; set spark.sql.catalog." + name + " and its properties, or "
                        + "tables.catalog_properties in conf/callqa.yaml");
            }
            return new TableCatalog(name, namespace);
        }
        return embedded(spark, root, namespace);
    }

    /** Names the Spark catalogs and their namespace for the tables; {@code properties} configure the named one. */
    public static void configure(SparkSession spark, String catalog, String namespace, Map<String, String> properties) {
        spark.conf().set(CATALOG_KEY, catalog);
        spark.conf().set(NAMESPACE_KEY, namespace);
        properties.forEach((key, value) -> spark.conf().set("spark.sql.catalog." + catalog + "." + key, value));
        if (!properties.isEmpty() && spark.conf().getOption("spark.sql.catalog." + catalog).isEmpty()) {
            spark.conf().set("spark.sql.catalog." + catalog, "org.apache.iceberg.spark.SparkCatalog");
        }
    }

    private static TableCatalog embedded(SparkSession spark, String root, String namespace) {
        if (root.contains("://") && !root.startsWith("file:")) {
            throw new IllegalArgumentException("Cannot keep the tables' catalog in " + root + ": the embedded catalog "
                    + "is an SQLite file, which needs a local folder; name a catalog in tables.catalog of "
                    + "conf/callqa.yaml (see README, Tables on a cluster)");
        }
        String folder = root.startsWith("file:") ? root.substring("file:".length()) : root;
        // One Spark catalog per output root, so that a process (a test JVM, say) can open several roots.
        String name = "callqa_" + shortHash(folder);
        String prefix = "spark.sql.catalog." + name;
        if (spark.conf().getOption(prefix).isEmpty()) {
            new java.io.File(folder, FOLDER).mkdirs();
            spark.conf().set(prefix + ".catalog-impl", "org.apache.iceberg.jdbc.JdbcCatalog");
            spark.conf().set(prefix + ".uri", "jdbc:sqlite:" + folder + "/" + FOLDER + "/iceberg.db");
            spark.conf().set(prefix + ".warehouse", folder);
            spark.conf().set(prefix + ".jdbc.schema-version", "V1");
            // SQLite makes a writer that finds the file locked wait this long instead of failing at once.
            spark.conf().set(prefix + ".jdbc.busy_timeout", "60000");
            // Another process may commit at any time: always read a table's current snapshot.
            spark.conf().set(prefix + ".cache-enabled", "false");
            spark.conf().set(prefix, "org.apache.iceberg.spark.SparkCatalog");
        }
        return new TableCatalog(name, namespace);
    }

    /** The Spark SQL name of a table: {@code catalog.namespace.table}. */
    public String qualified(String table) {
        return sparkCatalog + "." + namespace + "." + table;
    }

    private static String shortHash(String text) {
        return DigestUtils.sha256Hex(text).substring(0, 12);
    }
}
