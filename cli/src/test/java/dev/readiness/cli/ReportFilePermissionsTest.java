package dev.readiness.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reports are handed on (mailed, served, archived): they get the permissions of any file the user writes. */
class ReportFilePermissionsTest {

    @TempDir
    Path temp;

    @Test
    void reportsGetTheUsersDefaultPermissionsNotOwnerOnlyOnes() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path source = Files.createDirectories(temp.resolve("plain"));
        Files.writeString(source.resolve("A.java"), "class A { }\n");
        Path out = Files.createDirectories(temp.resolve("out"));

        CliRun run = CliRun.of("scan", source.toString(), "--format", "html,json", "--output", out.toString(), "--quiet");

        Set<PosixFilePermission> usual = Files.getPosixFilePermissions(Files.createFile(temp.resolve("usual.txt")));
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.getPosixFilePermissions(out.resolve("readiness.html"))).isEqualTo(usual);
        assertThat(Files.getPosixFilePermissions(out.resolve("readiness.json"))).isEqualTo(usual);
        assertThat(usual).contains(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        try (var left = Files.list(out)) {
            assertThat(left.map(path -> path.getFileName().toString())).containsExactlyInAnyOrder("readiness.html",
                    "readiness.json");
        }
    }
}
