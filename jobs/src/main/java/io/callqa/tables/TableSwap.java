package io.callqa.tables;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Puts a completely written new version of a table in place of the old one, in a way that a process killed at any
 * moment can be finished by the next run.
 *
 * <p>A table is a plain folder of Parquet files, so that Spark, notebooks, DuckDB or pandas read it without knowing
 * about callqa. A folder cannot be replaced in one step (a rename onto an existing folder moves into it), so the swap
 * takes two renames: the old folder out of the way, the new one in. Two empty marker files, written before each
 * rename, record how far a swap got; {@link #recoverAll} finishes every swap a killed process left behind before the
 * next run reads anything. Without them a process killed between the renames leaves no table at all, and the next run
 * would take the missing table for an empty one and write it back without its history.
 *
 * <p>Why this and not versioned folders behind a pointer file: a pointer would be atomic on S3 too, but every reader
 * outside callqa would have to follow it. Why it is correct on S3A as well as on local files: on local files a rename
 * is atomic, so only the gap between the two renames needs the markers. On S3A a folder rename is a copy of each
 * object followed by deletes; a killed rename leaves the files split between the two folders. Each object copy is
 * atomic, so recovery finishes the move file by file ({@link #moveAll}). On S3A a reader that runs while a swap is
 * under way can still see a table being moved; snapshot isolation on object stores needs a table format (Iceberg,
 * Delta Lake).
 */
final class TableSwap {
    private static final String RETIRING = ".retiring";
    private static final String INSTALLING = ".installing";
    private static final String PREVIOUS = "-previous";

    private final FileSystem fileSystem;
    private final Path staging;
    private final Path target;

    /**
     * @param staging the complete new version, a folder {@code <root>/_staging/<table>-<run id>}
     * @param target the table's folder, {@code <root>/<table>}
     */
    TableSwap(FileSystem fileSystem, Path staging, Path target) {
        this.fileSystem = fileSystem;
        this.staging = staging;
        this.target = target;
    }

    /** Replaces the table's folder with the staging folder. */
    void run() throws IOException {
        fileSystem.create(marker(RETIRING), false).close();
        retireOldVersion();
    }

    /**
     * Finishes every swap under {@code root} that a killed process left half done. Call it only while no other
     * process writes tables under this root; callqa runs one stage at a time per output root.
     *
     * @return the tables whose swap was finished
     */
    static List<String> recoverAll(FileSystem fileSystem, Path root, String stagingFolder) throws IOException {
        Path stagingRoot = new Path(root, stagingFolder);
        List<String> recovered = new ArrayList<>();
        FileStatus[] entries;
        try {
            entries = fileSystem.listStatus(stagingRoot);
        } catch (FileNotFoundException noStaging) {
            return recovered;
        }
        for (FileStatus entry : entries) {
            String name = entry.getPath().getName();
            if (entry.isFile() && name.endsWith(RETIRING)) {
                String stagingName = name.substring(0, name.length() - RETIRING.length());
                // Staging folders are named <table>-<random UUID>; a UUID is 36 characters.
                String table = stagingName.substring(0, stagingName.length() - 37);
                TableSwap swap = new TableSwap(fileSystem, new Path(stagingRoot, stagingName), new Path(root, table));
                swap.resume();
                recovered.add(table);
            }
        }
        return recovered;
    }

    private void resume() throws IOException {
        if (fileSystem.exists(marker(INSTALLING))) {
            installNewVersion();
        } else {
            retireOldVersion();
        }
    }

    private void retireOldVersion() throws IOException {
        if (fileSystem.exists(target)) {
            moveAll(target, previous());
        }
        fileSystem.create(marker(INSTALLING), true).close();
        installNewVersion();
    }

    private void installNewVersion() throws IOException {
        if (fileSystem.exists(staging)) {
            moveAll(staging, target);
        }
        fileSystem.delete(previous(), true);
        fileSystem.delete(marker(INSTALLING), false);
        fileSystem.delete(marker(RETIRING), false);
    }

    /**
     * Moves a folder; when part of it was already moved by a rename that was cut short, moves what is left, file by
     * file. A file present on both sides was copied whole (object copies are atomic), so its source is dropped.
     */
    private void moveAll(Path source, Path destination) throws IOException {
        if (!fileSystem.exists(destination)) {
            if (!fileSystem.rename(source, destination)) {
                throw new IOException("rename of " + source + " to " + destination + " failed");
            }
            return;
        }
        for (FileStatus child : fileSystem.listStatus(source)) {
            Path moved = new Path(destination, child.getPath().getName());
            if (child.isDirectory()) {
                moveAll(child.getPath(), moved);
            } else if (fileSystem.exists(moved)) {
                fileSystem.delete(child.getPath(), false);
            } else if (!fileSystem.rename(child.getPath(), moved)) {
                throw new IOException("rename of " + child.getPath() + " to " + moved + " failed");
            }
        }
        fileSystem.delete(source, true);
    }

    private Path previous() {
        return new Path(staging.getParent(), staging.getName() + PREVIOUS);
    }

    private Path marker(String suffix) {
        return new Path(staging.getParent(), staging.getName() + suffix);
    }
}
