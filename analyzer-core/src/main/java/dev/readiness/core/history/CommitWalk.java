package dev.readiness.core.history;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.eclipse.jgit.lib.ObjectId;
import org.eclipse.jgit.lib.PersonIdent;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.revwalk.RevCommit;
import org.eclipse.jgit.revwalk.RevWalk;

/**
 * The commits to analyse, newest first: walked from HEAD (first parents only unless asked otherwise),
 * stopped at the commit limit or start date, authors mapped through the .mailmap and bots left out.
 * Reads commit objects only; no trees, no file contents.
 */
final class CommitWalk {

    /** One walked commit: what the history keeps of it plus what the diff needs. */
    /**
     * {@code shallowBoundary}: the oldest commit of a shallow clone; its parents are missing, so "everything
     * added" would be an artifact of the clone, not a change anybody made.
     */
    record Walked(ObjectId id, ObjectId tree, ObjectId firstParent, Commit commit, boolean shallowBoundary) {
    }

    /** The walked commits and whether a limit stopped the walk. */
    record Result(List<Walked> commits, boolean limited) {
    }

    private final HistoryOptions options;
    private final Mailmap mailmap;

    CommitWalk(HistoryOptions options, Mailmap mailmap) {
        this.options = options;
        this.mailmap = mailmap;
    }

    Result walk(Repository repository, ObjectId head) throws IOException {
        List<Walked> commits = new ArrayList<>();
        java.util.Set<ObjectId> shallowBoundary = repository.getObjectDatabase().getShallowCommits();
        int walked = 0;
        try (RevWalk walk = new RevWalk(repository)) {
            walk.setFirstParent(options.firstParentOnly());
            walk.setRetainBody(true);
            walk.markStart(walk.parseCommit(head));
            for (RevCommit commit : walk) {
                if (beyondLimits(walked, commit)) {
                    return new Result(commits, true);
                }
                walked++;
                Commit kept = toCommit(commit);
                if (!isBot(kept)) {
                    ObjectId parent = commit.getParentCount() == 0 ? null : commit.getParent(0).copy();
                    commits.add(new Walked(commit.copy(), commit.getTree().copy(), parent, kept,
                            shallowBoundary.contains(commit)));
                }
                commit.disposeBody();
            }
        }
        return new Result(commits, false);
    }

    private boolean beyondLimits(int walked, RevCommit commit) {
        if (options.maxCommits() != null && walked >= options.maxCommits()) {
            return true;
        }
        return options.since() != null && commit.getCommitTime() < options.since().getEpochSecond();
    }

    private Commit toCommit(RevCommit commit) {
        PersonIdent author = commit.getAuthorIdent();
        if (author == null) {
            author = commit.getCommitterIdent();
        }
        String name = author == null ? "" : author.getName();
        String email = author == null ? "" : author.getEmailAddress();
        Instant time = author == null ? Instant.ofEpochSecond(commit.getCommitTime()) : author.getWhenAsInstant();
        Mailmap.Identity identity = mailmap.map(name, email);
        return new Commit(commit.name(), CommitText.identity(identity.name()), CommitText.identity(identity.email()),
                time, CommitText.message(commit.getFullMessage()), commit.getParentCount(), List.of());
    }

    private boolean isBot(Commit commit) {
        for (Pattern pattern : options.botAuthors()) {
            if (pattern.matcher(commit.authorName()).matches() || pattern.matcher(commit.authorEmail()).matches()) {
                return true;
            }
        }
        return false;
    }
}
