package dev.readiness.cli;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A command line picocli cannot parse (unknown option or command, missing or bad value) ends in one line on
 * standard error and exit 2: what is wrong, the closest known name from picocli's suggestions, and where the
 * help is. Not the whole usage help, which would bury the one line that matters.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

    @Override
    public int handleParseException(ParameterException failure, String[] args) {
        CommandLine command = failure.getCommandLine();
        command.getErr().println("readiness: " + problem(failure) + "; see '"
                + command.getCommandSpec().qualifiedName() + " --help'");
        command.getErr().flush();
        return ExitCode.USAGE_ERROR;
    }

    private static String problem(ParameterException failure) {
        if (failure instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
            String given = unmatched.getUnmatched().get(0);
            if (unmatched.isUnknownOption()) {
                return "unknown option '" + given + "'" + didYouMean(closestOption(given, unmatched.getSuggestions()));
            }
            if (!failure.getCommandLine().getSubcommands().isEmpty()) {
                // picocli ranks the commands by similarity: its first suggestion is the closest
                return "unknown command '" + given + "'" + didYouMean(unmatched.getSuggestions().stream().findFirst());
            }
        }
        return decapitalized(failure.getMessage().replaceAll("\\s*\\R\\s*", " "));
    }

    private static String didYouMean(Optional<String> known) {
        return known.map(name -> " (did you mean " + name + "?)").orElse("");
    }

    /**
     * Picocli suggests every option starting with the same two letters; the one sharing the longest start with
     * what was typed is meant, when that start is at least half of it (--colour is not --config).
     */
    private static Optional<String> closestOption(String given, List<String> suggestions) {
        String typed = withoutDashes(given);
        return suggestions.stream()
                .filter(known -> 2 * commonPrefix(typed, withoutDashes(known)) >= typed.length())
                .max(Comparator.comparingInt(known -> commonPrefix(typed, withoutDashes(known))));
    }

    private static String withoutDashes(String option) {
        return option.replaceFirst("^-+", "");
    }

    private static int commonPrefix(String a, String b) {
        int length = 0;
        while (length < Math.min(a.length(), b.length()) && a.charAt(length) == b.charAt(length)) {
            length++;
        }
        return length;
    }

    /** Picocli's messages are sentences; after "readiness: " ours start in lower case ("Missing" → "missing"). */
    private static String decapitalized(String message) {
        boolean word = message.length() > 1 && Character.isLowerCase(message.charAt(1));
        return word ? message.substring(0, 1).toLowerCase(Locale.ROOT) + message.substring(1) : message;
    }
}
