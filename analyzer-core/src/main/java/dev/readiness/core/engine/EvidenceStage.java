package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.evidence.EvidenceProblem;
import dev.readiness.core.evidence.EvidenceReport;
import dev.readiness.core.evidence.ExplicitReports;
import dev.readiness.core.evidence.ReportDiscovery;
import dev.readiness.core.evidence.ReportKind;
import dev.readiness.core.evidence.TestEvidence;
import dev.readiness.core.evidence.TestEvidenceLoader;
import dev.readiness.core.repo.BuildModule;
import dev.readiness.core.repo.RegularFiles;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.repo.ScanInputException;
import dev.readiness.core.rule.Level;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Finds and reads PIT/JaCoCo reports; a report that cannot be used becomes an {@code evidence-error} notification. */
final class EvidenceStage {

    private EvidenceStage() {
    }

    /** A report the user named must exist: a typo would otherwise silently import nothing. */
    static void checkExplicit(ExplicitReports reports) throws ScanInputException {
        check("--pit-report", reports.pitReports());
        check("--jacoco-report", reports.jacocoReports());
    }

    private static void check(String option, List<Path> files) throws ScanInputException {
        for (Path file : files) {
            try {
                RegularFiles.requireRegularFile(file);
            } catch (NoSuchFileException e) {
                throw new ScanInputException(option + " " + file + ": no such file", e);
            } catch (RegularFiles.NotRegularFileException e) {
                throw new ScanInputException(option + " " + file + " is " + e.kind() + ": name the report file "
                        + "itself (PIT's mutations.xml, JaCoCo's jacoco.xml)", e);
            } catch (IOException e) {
                throw new ScanInputException(option + " " + file + ": cannot be read (" + e.getMessage() + ")", e);
            }
        }
    }

    /** The evidence of this scan, or null when no report was found or named. */
    static TestEvidence load(RepositorySnapshot snapshot, ExplicitReports explicit,
                             List<ToolNotification> notifications) {
        return load(snapshot, reports(snapshot, explicit, notifications), notifications);
    }

    /** The reports found in the build output of {@code snapshot} and those named, each file once. */
    static List<EvidenceReport> reports(RepositorySnapshot snapshot, ExplicitReports explicit,
                                        List<ToolNotification> notifications) {
        List<EvidenceReport> reports = new ArrayList<>(discovered(snapshot, notifications));
        explicit.pitReports().forEach(file -> reports.add(new EvidenceReport(ReportKind.PIT, file, "")));
        explicit.jacocoReports().forEach(file -> reports.add(new EvidenceReport(ReportKind.JACOCO, file, "")));
        return distinct(reports);
    }

    /** The evidence {@code reports} give about the files of {@code snapshot}, or null when there are none. */
    static TestEvidence load(RepositorySnapshot snapshot, List<EvidenceReport> reports,
                             List<ToolNotification> notifications) {
        if (reports.isEmpty()) {
            return null;
        }
        TestEvidence evidence = TestEvidenceLoader.load(snapshot.rootDirectory(), reports, snapshot.files());
        for (EvidenceProblem problem : evidence.problems()) {
            notifications.add(ToolNotification.forFile("evidence-error", Level.WARNING, problem.path(),
                    "test evidence report not used: " + problem.message()));
        }
        return evidence;
    }

    static List<EvidenceReport> discovered(RepositorySnapshot snapshot, List<ToolNotification> notifications) {
        if (snapshot.commitTree().isPresent()) {
            return List.of(); // files read from a commit: the work tree's reports belong to another state
        }
        List<String> modules = snapshot.modules().stream().map(BuildModule::directory).toList();
        try {
            return ReportDiscovery.discover(snapshot.rootDirectory(), snapshot.scope(), modules);
        } catch (IOException e) {
            notifications.add(ToolNotification.global("evidence-error", Level.WARNING,
                    "cannot look for test evidence reports: " + e.getMessage()));
            return List.of();
        }
    }

    /** One entry per real file: a report found and also named on the command line is read once. */
    private static List<EvidenceReport> distinct(List<EvidenceReport> reports) {
        Map<Path, EvidenceReport> byFile = new LinkedHashMap<>();
        for (EvidenceReport report : reports) {
            byFile.putIfAbsent(realPath(report.file()), report);
        }
        return List.copyOf(byFile.values());
    }

    private static Path realPath(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
