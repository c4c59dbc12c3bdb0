package dev.readiness.core.history;

/**
 * GitHub appends "(#123)", the pull request, to every squash-merged subject: it says nothing about a defect. A
 * backport appends the original's too: "(#14829) (#14835)". Read from the end of the subject rather than with a
 * regex: a subject of thousands of such suffixes made a regex recurse once per suffix (a stack overflow) and, tried
 * from every position, take quadratic time.
 */
final class PullRequestSuffix {

    private PullRequestSuffix() {
    }

    /**
     * {@code subject} without its suffixes, the whitespace before each and the whitespace and dots after the last;
     * unchanged when it does not end in one.
     */
    static String strip(String subject) {
        int end = subject.length();
        while (end > 0 && (isSpace(subject.charAt(end - 1)) || subject.charAt(end - 1) == '.')) {
            end--;
        }
        int start = subject.length();
        for (int open = openingOfReferenceBefore(subject, end); open >= 0;
                open = openingOfReferenceBefore(subject, end)) {
            end = open;
            while (end > 0 && isSpace(subject.charAt(end - 1))) {
                end--;
            }
            start = end;
        }
        return subject.substring(0, start);
    }

    /** Where "(#123)" ending just before {@code end} opens, or -1 when none ends there. */
    private static int openingOfReferenceBefore(String text, int end) {
        if (end < 4 || text.charAt(end - 1) != ')') {
            return -1;
        }
        int digit = end - 2;
        while (digit >= 0 && text.charAt(digit) >= '0' && text.charAt(digit) <= '9') {
            digit--;
        }
        boolean numbered = digit < end - 2 && digit >= 1;
        return numbered && text.charAt(digit) == '#' && text.charAt(digit - 1) == '(' ? digit - 1 : -1;
    }

    /** Whitespace as a regex's {@code \s} means it: ASCII only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
