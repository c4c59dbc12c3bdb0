package dev.readiness.core.history;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a commit message alone says: whether its subject describes a mechanical change and whether the message
 * describes a defect fix. {@link CommitKinds} adds what needs the other commits (bulk sweeps, merges).
 */
final class CommitMessages {

    /** "fix(parser)!: ", "chore: ", "[javadoc] ": a Conventional Commits type, or a tag in its place. */
    private static final Pattern CONVENTIONAL_TYPE = Pattern.compile(
            "^(?:([a-z]+(?: [a-z]+)?)(?:\\(([^)]*)\\))?!?:|\\[([a-z]+)\\])\\s*", Pattern.CASE_INSENSITIVE);
    /** "fix(deps): update X to v2": a dependency update, whatever its type says. */
    private static final Pattern DEPENDENCY_SCOPE = Pattern.compile("(?i)deps(-dev)?|dependenc(y|ies)");
    private static final Set<String> FIX_TYPES = Set.of("fix", "bugfix", "hotfix");
    private static final Set<String> OTHER_TYPES = Set.of("feat", "feature", "docs", "doc", "javadoc", "style",
            "refactor", "perf", "test", "tests", "build", "ci", "chore", "revert", "deps", "release", "improvement",
            "enhancement", "breaking change");
    /** Types and leading tags ("[javadoc] ...") of changes of form. */
    private static final Set<String> FORM_TYPES = Set.of("style", "docs", "doc", "javadoc");
    /** Prefixes that only say the change is small: stripped, deciding nothing. */
    private static final Set<String> NEUTRAL_TYPES = Set.of("minor", "trivial", "nit");
    /** Issue tracker keys as JIRA writes them (LANG-1729, SPR-123, CVE-2021-44228), upper case only. */
    private static final Pattern TRACKER_KEY = Pattern.compile("\\b([A-Z][A-Z0-9_]+)-[1-9][0-9]*\\b");
    /** Upper-case prefixes of names that look like tracker keys but are standards and encodings. */
    private static final Set<String> NOT_TRACKERS = Set.of("UTF", "ISO", "SHA", "MD", "RFC", "JSR", "JEP", "HTTP",
            "TLS", "SSL", "AES", "RSA", "CP", "WINDOWS", "IBM", "EBCDIC", "LATIN", "US", "GB", "BIG", "KOI", "X",
            "JUNIT", "JAVA", "JAKARTA", "EE", "SE", "ES", "ECMA", "ASCII", "PKCS", "ARM", "AMD", "UTC", "GMT", "HTML",
            "XML", "JSON", "CSV", "YAML", "P", "T");
    /** GitHub references that stand for an issue wherever they appear. */
    private static final Pattern ISSUE_REFERENCE = Pattern.compile("(?i)\\bgh-\\d+\\b|\\bissue\\s*#?\\d+\\b");
    /** References into a bug tracker: they name a bug by themselves. */
    private static final Pattern BUG_REFERENCE = Pattern.compile(
            "(?i)\\b(bz|bugzilla|bug)\\s*#?\\s*\\d{3,}\\b|\\bbugzilla\\b");
    /** GitHub closing keywords; Apache mirrors write "This closes #123" to close a pull request, not an issue. */
    private static final Pattern CLOSING_REFERENCE = Pattern.compile(
            "(?i)(?<!this )\\b(fix(e[sd])?|close[sd]?|resolve[sd]?)\\s*:?\\s*(#|gh-)\\d+\\b");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?<![\\w&])#\\d+\\b");
    /** References and tags that lead a subject: "[LANG-1729] ", "Issue #12: ", "Fixes #3814 : ", "gh-77 - ". */
    private static final Pattern LEADING_REFERENCE = Pattern.compile("(?i)^(\\[[^\\]]*\\]"
            + "|(?:(?:fix(?:e[sd])?|close[sd]?|resolve[sd]?|see)\\s+)?(?:issue\\s*)?(?:#|gh-)\\d+"
            + "|(?:issue|bug)\\s+\\d+"
            + "|(?-i:[A-Z][A-Z0-9_]+-[1-9][0-9]*))[\\s:.,;)-]*");

    /** Words that name a defect; "fix" also appears as "fixes", "fixed", "fixing". */
    private static final Pattern DEFECT_WORDS = Pattern.compile("(?i)\\b(fix(e[sd]|ing)?|bugs?|bugfix(es)?|"
            + "hotfix(es)?|defects?|regressions?|crash(es|ed|ing)?|npes?|null ?pointer ?exceptions?|"
            + "leak(s|ing|ed)?|broken|wrong(ly)?|incorrect(ly)?|erroneous(ly)?|faulty|deadlocks?|race conditions?)\\b");
    /** The words that say a fix was made; other defect words ("NPE", "leak") may also describe new work. */
    private static final Pattern FIX_WORDS = Pattern.compile("(?i)\\b(fix(e[sd]|ing)?|bugfix(es)?|hotfix(es)?)\\b");
    /** What a fix of form is about: "fix typos in Javadoc", "fix the build", "broken links". */
    private static final String FORM_OBJECTS = "(typos?|spelling|grammar|wording|javadocs?|docs?|documentation|"
            + "comments?|formatting|white ?space|indent(ation)?|style|checkstyle|pmd|spotbugs|sonar\\w*|lint|"
            + "warnings?|imports?|build|ci|links?|readme|site|licen[cs]es?|headers?|copyright|compil(er|ation|e)|"
            + "tests?|flaky)";
    /**
     * What may follow a form object when it is the object of the fix: "fix Javadoc", "fix Javadoc typos in X", but
     * not "fix Javadoc parsing", where the Javadoc names what the code does.
     */
    private static final String FORM_OBJECT_END = "(?=\\s*$|\\s*[,;:.()!-]|\\s+(in|of|for|on|and|to|from|at|with|"
            + "typos?|warnings?|errors?|failures?|comments?|tags?|links?|issues?|examples?|formatting|violations?|"
            + "problems?|mistakes?)\\b)";
    /** A defect word followed within two words by a form object: the word is neutralised, not the sentence. */
    private static final Pattern FORM_FIX_BEFORE = Pattern.compile("(?i)\\b(fix(e[sd]|ing)?|broken|wrong|incorrect)"
            + "\\b(?=\\W+(\\w+\\W+){0,2}?" + FORM_OBJECTS + "\\b" + FORM_OBJECT_END + ")");
    /** "Javadoc fixes", "typo fix", "test fixes". */
    private static final Pattern FORM_FIX_AFTER = Pattern.compile("(?i)\\b" + FORM_OBJECTS + "\\s+fix(es)?\\b");
    /**
     * Nouns of work that is not a defect fix, wherever they appear: "More work on #4515: start refactoring", "Issue
     * #12: resolve error-prone violations" (static-analysis chores), and "refractor", refactoring's common misspelling.
     */
    private static final Pattern NON_DEFECT_WORK = Pattern.compile("(?i)\\b(refactor\\w*|rework\\w*|clean ?up|feature|"
            + "enhancement|improvement|deprecat\\w*|javadocs?|documentation|release|upgrade|bump|dependency|"
            + "dependencies|tests?|refractor\\w*|violations?|suppressions?|inspections?|error-?prone|pitest)\\b");
    /**
     * First words of work that is not a defect fix. An issue reference alone does not make a commit that says it
     * adds, upgrades or refactors something a fix: trackers hold features too.
     */
    private static final Pattern NON_DEFECT_VERB = Pattern.compile("(?i)^(add|introduc|support|implement|upgrad|"
            + "bump|updat|remov|drop|deprecat|document|refactor|renam|mov|extract|allow|expos|enabl|improv|simplif|"
            + "revis|refin|migrat|releas|prepar|polish|clean|test|provid|creat|new|reorgani[sz]|split|convert|"
            + "replac|optimi[sz]|speed|javadoc)\\w*\\b");

    /** A word (or part of one) each of {@link #MECHANICAL}'s alternatives needs, lower case. */
    private static final List<String> MECHANICAL_WORDS = List.of("polish", "copyright", "licen", "author", "format",
            "spotless", "prettier", "ktlint", "editorconfig", "violation", "warning", "issue", "error", "finding",
            "complaint", "inspection", "checkstyle", "javadoc", "style", "import", "constant", "final", "space", "ws",
            "tab", "line", "indent", "member", "cosmetic", "typo", "spelling", "grammar", "comment");

    /** Whole subjects (lower case, references stripped) of changes of form. */
    private static final Pattern MECHANICAL = Pattern.compile(String.join("|",
            "polish(ed|es|ing)?\\b.*",
            ".*\\bcopyright (years?|headers?|notices?|dates?|statements?|holders?|texts?)\\b.*",
            "(update[sd]?|bump(ed)?|fix(ed|es)?|correct(ed)?)( the)? copyrights?( .*)?",
            ".*\\bheaders?\\b.*\\bcopyright\\b.*",
            ".*\\blicen[cs]e (header|year|url|text|notice)s?\\b.*",
            "(.*\\W)?@?author tags?\\b.*",
            "(re)?format(s|ted|ting)?( (the |all )?(code|sources?|source code|files?|java( files| sources)?|imports|"
                    + "tests?|everything|project))?( (with|using) .*)?",
            "((fix(ed|es)?|apply|applied|update|improve|code|source|consistent) )?(code )?formatting"
                    + "( (changes?|fix(es)?|issues?|violations?|only|rules?|of (the )?(code|sources?|files?|imports)|"
                    + "in .*))?",
            ".*\\b(spotless|google-java-format|palantir-java-format|prettier|ktlint|editorconfig)\\b.*",
            "(fix(es|ed)?|resolve[sd]?|address(es|ed)?|clean ?up|remove|suppress) (some |all |the |various )?"
                    + "(checkstyle|pmd|spotbugs|sonar|errorprone|error prone|intellij|idea|compiler|javac|javadoc|"
                    + "deprecation|lint|static analysis)( and \\w+)? (violations?|warnings?|issues?|errors?|findings?|"
                    + "complaints?|inspections?)( .*)?",
            ".*\\bcheckstyle (violations?|warnings?|errors?|issues?|fix(es)?)\\b.*",
            ".*\\bjavadocs? (fix(es)?|typos?|clean ?up|improvements?)\\b.*",
            "(fix(ed|es)?|apply|update|improve) (code |coding )?style( (issues?|violations?|warnings?))?",
            ".*\\b(organi[sz]e|optimi[sz]e|sort(ed)?|order|reorder|clean ?up|tidy|fix)( the)? imports?\\b.*",
            ".*\\b(remove[sd]?|delete[sd]?)\\b.{0,12}\\bimports?\\b.*",
            ".*\\bunused imports?\\b.*",
            ".*\\bimports? (order(ing)?|clean ?up|sort(ing)?|organi[sz]ation)\\b.*",
            "use (a |the )?(\\w+ )?constants?\\b.*",
            "(use|add) (the )?final( keyword| modifiers?)?\\b.*",
            "(remove[sd]?|fix(ed|es)?|clean ?up|reduce|trim|strip|normali[sz]e|delete)( (extra|unnecessary|"
                    + "redundant|trailing|vertical|the|some|superfluous))* (white ?spaces?|ws|spaces|tabs|blank lines?|"
                    + "empty lines?|indent(s|ation)?)( (in|from|at|of) .*)?",
            "(trailing )?white ?spaces?( (changes?|fix(es)?|clean ?up|only))?",
            "(convert |replace )?tabs (to|with) spaces.*",
            "sort (main |test )?members\\b.*",
            "cosmetics?( .*)?",
            ".*\\bcosmetic (change|fix|update|tweak|improvement)s?\\b.*",
            "((fix(ed|es)?|correct(ed)?|update[sd]?|improved?|better|add(ed)?( missing)?|clean ?up|tweak|more|"
                    + "minor|remove( (dead|obsolete|outdated|redundant))?) )?javadocs?( (typos?|fix(es)?|errors?|"
                    + "warnings?|comments?|tags?|and tags|links?|only|clean ?up|clean-up|improvements?|updates?|"
                    + "formatting|clutter|parameters?|references?))*( (in|for|of|on) .*)?",
            "((fix(ed|es)?|correct(ed)?) )?((a|some|minor|more|several|the) )?(typos?|spelling( mistakes| errors)?|"
                    + "misspellings?|grammar)( (in|of|on) .*)?",
            "((remove|delete|clean ?up|update|fix|improve|add|better)( (dead|obsolete|outdated|old|unused|stale|"
                    + "redundant|commented[- ]out|in-?line|missing))* )?comments?( (in|from|to|for) .*)?"));

    private CommitMessages() {
    }

    /** The subject without GitHub's pull-request suffix and trailing dots. */
    static String withoutPullRequest(String subject) {
        return PullRequestSuffix.strip(subject).strip().replaceAll("[\\s.]+$", "");
    }

    /** The subject without a pull-request suffix, leading references and a Conventional Commits type, lower case. */
    static String essentialSubject(String subject) {
        String text = PullRequestSuffix.strip(subject).strip();
        Matcher type = CONVENTIONAL_TYPE.matcher(text);
        if (type.find() && isKnownType(typeOf(type))) {
            text = text.substring(type.end());
        }
        String previous;
        do {
            previous = text;
            text = LEADING_REFERENCE.matcher(text).replaceFirst("");
        } while (!text.equals(previous));
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").replaceAll("[\\s.!]+$", "").strip();
    }

    /** The subject describes a change of form: formatting, headers, imports, Javadoc, typos, polishing. */
    static boolean isMechanical(String subject) {
        String type = conventionalType(subject);
        if (FORM_TYPES.contains(type)) {
            return true;
        }
        String essential = essentialSubject(subject);
        return mayBeMechanical(essential) && MECHANICAL.matcher(essential).matches();
    }

    /**
     * Whether {@code essential} holds a word one of {@link #MECHANICAL}'s subjects needs: most subjects hold none, and
     * the pattern's many leading {@code .*} cost seconds over a long history.
     */
    static boolean mayBeMechanical(String essential) {
        for (String word : MECHANICAL_WORDS) {
            if (essential.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The message describes a defect fix: a fix type ("fix: ..."), or a fix word in the subject that is not about
     * form ("fix typo", "Javadoc fixes"), or another defect word ("NPE", "regression") in a subject that does not
     * start with the verb of other work ("Add messages to NullPointerExceptions", "Add a regression test"), or an
     * issue reference in the subject or body while the subject
     * names no fix of form, does not start with the verb of other work ("Add ...", "Upgrade ...") and names no other
     * work ("refactoring", "Javadoc", "tests"). Another Conventional Commits type ("chore: ", "docs: ") is not a fix.
     */
    static boolean isDefectFix(String message) {
        return isDefectFix(message, true);
    }

    /**
     * As {@link #isDefectFix(String)}; without {@code referencesDecide}, an issue reference alone never makes a fix
     * (in a project that puts one on nearly every commit, it says nothing about the commit).
     */
    static boolean isDefectFix(String message, boolean referencesDecide) {
        String subject = subjectOf(message);
        String type = conventionalType(subject);
        if (FIX_TYPES.contains(type)) {
            return true;
        }
        if (OTHER_TYPES.contains(type)) {
            return false;
        }
        String essential = essentialSubject(subject);
        boolean otherWork = NON_DEFECT_VERB.matcher(essential).find();
        if (namesFix(essential) || namesDefect(essential) && !otherWork) {
            return true;
        }
        if (otherWork || namesFixOfForm(essential) || NON_DEFECT_WORK.matcher(essential).find()) {
            return false;
        }
        int newline = message.indexOf('\n');
        return referencesDecide && referencesIssue(subject, newline < 0 ? "" : message.substring(newline + 1));
    }

    /** The subject, without its pull-request suffix, references an issue or a tracker key. */
    static boolean subjectReferencesIssue(String subject) {
        String title = PullRequestSuffix.strip(subject);
        return BARE_NUMBER.matcher(title).find() || references(title);
    }

    private static boolean namesFixOfForm(String text) {
        return FORM_FIX_AFTER.matcher(text).find() || FORM_FIX_BEFORE.matcher(text).find();
    }

    /** A fix word ("fix", "bugfix", "hotfix") that is not about form. */
    private static boolean namesFix(String text) {
        return FIX_WORDS.matcher(neutraliseForm(text)).find();
    }

    private static String neutraliseForm(String text) {
        return FORM_FIX_BEFORE.matcher(FORM_FIX_AFTER.matcher(text).replaceAll(" ")).replaceAll(" ");
    }

    private static boolean namesDefect(String text) {
        return DEFECT_WORDS.matcher(neutraliseForm(text)).find();
    }

    /**
     * An issue reference in the subject; or in the body, where projects that link every commit to an issue ("Closes
     * gh-123" under features too) make it weak: there it counts with a defect word beside it, or as a bug-tracker
     * reference ("Bugzilla 12345").
     */
    private static boolean referencesIssue(String subject, String body) {
        String title = PullRequestSuffix.strip(subject);
        if (BARE_NUMBER.matcher(title).find() || references(title) || BUG_REFERENCE.matcher(body).find()) {
            return true;
        }
        return references(body) && namesDefect(CLOSING_REFERENCE.matcher(body).replaceAll(" "));
    }

    private static boolean references(String text) {
        if (ISSUE_REFERENCE.matcher(text).find() || BUG_REFERENCE.matcher(text).find()
                || CLOSING_REFERENCE.matcher(text).find()) {
            return true;
        }
        Matcher key = TRACKER_KEY.matcher(text);
        while (key.find()) {
            if (!NOT_TRACKERS.contains(key.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The Conventional Commits type in lower case, or "" when the subject has none we know. */
    private static String conventionalType(String subject) {
        Matcher matcher = CONVENTIONAL_TYPE.matcher(subject.strip());
        if (!matcher.find()) {
            return "";
        }
        String type = typeOf(matcher);
        return isKnownType(type) ? type : "";
    }

    private static String typeOf(Matcher conventionalType) {
        String scope = conventionalType.group(2);
        if (scope != null && DEPENDENCY_SCOPE.matcher(scope.strip()).matches()) {
            return "deps";
        }
        String type = conventionalType.group(1) != null ? conventionalType.group(1) : conventionalType.group(3);
        return type.toLowerCase(Locale.ROOT);
    }

    private static boolean isKnownType(String type) {
        return FIX_TYPES.contains(type) || OTHER_TYPES.contains(type) || NEUTRAL_TYPES.contains(type);
    }

    private static String subjectOf(String message) {
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
