package io.callqa.cli;

import io.callqa.tables.TableMaintenance;
import io.callqa.tables.TableStore;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "maintain", mixinStandardHelpOptions = true,
        description = "Maintain the Iceberg tables of an output root: rewrite small files and delete files into larger "
                + "data files, expire snapshots older than tables.snapshot_retention_days (snapshots a run tagged are "
                + "kept) and remove files no snapshot refers to. Safe while other runs write.")
final class MaintainCommand implements Callable<Integer> {
    @Mixin
    EnvironmentOptions environment;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output root holding the tables.")
    String out;

    @Option(names = "--retention-days", paramLabel = "DAYS",
            description = "Expire snapshots older than this (default: tables.snapshot_retention_days in the settings).")
    Integer retentionDays;

    @Override
    public Integer call() {
        Environment opened = environment.open();
        int days = retentionDays != null ? retentionDays : opened.config().tables().snapshotRetentionDays();
        TableMaintenance.Result result = new TableMaintenance(new TableStore(opened.spark(), out))
                .retention(Duration.ofDays(days))
                .execute();
        for (TableMaintenance.TableResult table : result.tables()) {
            System.out.printf("maintain: %s: %d files rewritten into %d, %d files of expired snapshots deleted, "
                            + "%d orphan files deleted%n", table.table(), table.rewrittenFiles(), table.addedFiles(),
                    table.expiredFiles(), table.orphanFiles());
        }
        return 0;
    }
}
