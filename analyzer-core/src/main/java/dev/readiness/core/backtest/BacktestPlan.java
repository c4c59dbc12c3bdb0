package dev.readiness.core.backtest;

import dev.readiness.core.history.HistoryReader;
import dev.readiness.core.repo.ScanInputException;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * Which commits a backtest compares: T0, the main-line commit the ranking is made at, and the window after it
 * ({@code (T0, end]} on HEAD's first-parent line, end being the last commit within the window's length of T0).
 * Times are commit times. Reads commit headers only.
 */
record BacktestPlan(ObjectId t0, Instant t0Time, ObjectId end, Instant endTime, Period window,
                    Set<String> windowCommits) {

    /** The default distance from HEAD back to T0, and the default window. */
    static final Period DEFAULT_WINDOW = Period.ofMonths(12);

    /**
     * @param at     a date (yyyy-MM-dd, UTC: the last main-line commit of that day or before), a branch, tag or
     *               commit on HEAD's first-parent line, or null for {@code window} before HEAD's commit time
     * @param window how long after T0 fixes are counted
     */
    static BacktestPlan of(Repository repository, String at, Period window) throws ScanInputException {
        if (HistoryReader.isShallow(repository)) {
            throw new ScanInputException("the repository is a shallow clone: T0 and the fixes after it may be missing; "
                    + "fetch the whole history first (git fetch --unshallow)");
        }
        try (RevWalk walk = new RevWalk(repository)) {
            ObjectId head = repository.resolve("HEAD^{commit}");
            if (head == null) {
                throw new ScanInputException("the repository has no commits: there is no history to go back in");
            }
            walk.setFirstParent(true);
            walk.setRetainBody(false);
            walk.markStart(walk.parseCommit(head));
            List<RevCommit> mainLine = new ArrayList<>();
            walk.forEach(mainLine::add);
            int t0Index = t0Index(repository, mainLine, at, window);
            RevCommit t0 = mainLine.get(t0Index);
            Instant t0Time = time(t0);
            Instant windowEnd = t0Time.atZone(ZoneOffset.UTC).plus(window).toInstant();
            Set<String> inWindow = new LinkedHashSet<>();
            RevCommit end = null;
            for (int index = t0Index - 1; index >= 0; index--) {
                RevCommit commit = mainLine.get(index);
                if (time(commit).isAfter(windowEnd)) {
                    break;
                }
                inWindow.add(commit.name());
                end = commit;
            }
            if (end == null) {
                throw new ScanInputException("nothing was committed on the main line within " + describe(window)
                        + " after T0 (" + t0.name() + ", " + t0Time + "): choose an earlier --at");
            }
            return new BacktestPlan(t0.copy(), t0Time, end.copy(), time(end), window, Set.copyOf(inWindow));
        } catch (IOException e) {
            throw new ScanInputException("cannot read the history: " + e.getMessage(), e);
        }
    }

    private static int t0Index(Repository repository, List<RevCommit> mainLine, String at, Period window)
            throws ScanInputException, IOException {
        Instant headTime = time(mainLine.get(0));
        if (at == null) {
            return lastAtOrBefore(mainLine, headTime.atZone(ZoneOffset.UTC).minus(window).toInstant(),
                    describe(window) + " before HEAD");
        }
        LocalDate date = date(at);
        if (date != null) {
            return lastAtOrBefore(mainLine, date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant().minusSeconds(1),
                    "--at " + at);
        }
        ObjectId commit = repository.resolve(at + "^{commit}");
        if (commit == null) {
            throw new ScanInputException("--at " + at + ": no such branch, tag or commit, and not a date (yyyy-MM-dd)");
        }
        for (int index = 0; index < mainLine.size(); index++) {
            if (mainLine.get(index).equals(commit)) {
                return index;
            }
        }
        throw new ScanInputException("--at " + at + " is not on HEAD's first-parent line: give a commit of the main "
                + "line, or a date");
    }

    private static int lastAtOrBefore(List<RevCommit> mainLine, Instant time, String what) throws ScanInputException {
        for (int index = 0; index < mainLine.size(); index++) {
            if (!time(mainLine.get(index)).isAfter(time)) {
                return index;
            }
        }
        Instant first = time(mainLine.get(mainLine.size() - 1));
        throw new ScanInputException(what + " (" + time + ") is before the first commit (" + first
                + "): there is nothing to rank yet");
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Instant time(RevCommit commit) {
        return Instant.ofEpochSecond(commit.getCommitTime());
    }

    /** "12 months", "30 days", "2 years". */
    static String describe(Period period) {
        if (period.getYears() > 0 && period.getMonths() == 0 && period.getDays() == 0) {
            return period.getYears() + (period.getYears() == 1 ? " year" : " years");
        }
        if (period.getDays() == 0) {
            long months = period.toTotalMonths();
            return months + (months == 1 ? " month" : " months");
        }
        if (period.toTotalMonths() == 0) {
            return period.getDays() + (period.getDays() == 1 ? " day" : " days");
        }
        return period.toString();
    }
}
