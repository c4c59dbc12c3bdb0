package dev.readiness.core.secrets;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds secrets in one line of text: known key formats (AWS, GitHub, Slack, Google, Stripe, PEM private keys,
 * JWTs), JDBC URLs with an inline password, and values assigned to password / secret / token / API-key names
 * that look random (Shannon entropy at least {@link #MIN_ENTROPY_BITS} bits per character). Placeholders,
 * identifiers and file paths are never secrets. The one detector of the product: the hardcoded-secret rule
 * reports what it finds, and {@link SecretMasking} masks the same secrets in every message and report.
 */
public final class SecretPatterns {

    /**
     * Bits per character a generic value needs: a string of 8 distinct characters has exactly 3.0, while words,
     * repeated characters and identifiers ("password", "aaaaaaaa") stay below it.
     */
    static final double MIN_ENTROPY_BITS = 3.0;
    static final int MIN_GENERIC_LENGTH = 8;
    /** Minified or encoded lines: a secret there is not hand-written, and the patterns are judged up to this length. */
    public static final int MAX_LINE_LENGTH = 4_000;

    /** A secret found: what kind, the secret text itself (never to be printed) and its column range. */
    public record Match(String kind, String secret, int start, int end) {

        /** Safe to print: a few leading characters, an ellipsis and the length, e.g. "AKIA…(20 chars)". */
        public String masked() {
            return SecretPatterns.mask(secret);
        }
    }

    /**
     * A secret format; {@code hints} are lower-case substrings one of which any match contains, checked first
     * because running every pattern on every line of a large repository costs seconds.
     */
    private record Detector(String kind, Pattern pattern, int group, boolean checkEntropy, List<String> hints) {

        boolean mayMatch(String lowerCaseLine) {
            return hints.stream().anyMatch(lowerCaseLine::contains);
        }
    }

    /** The kind of a PEM private key header match. */
    public static final String PRIVATE_KEY = "private key";
    /**
     * Kinds a cloud or SaaS provider issues for its live service. Tests need keys, certificates, signed tokens and
     * passwords of their own making, never one of these.
     */
    private static final Set<String> ISSUED_KINDS = Set.of("AWS access key id", "AWS secret access key",
            "GitHub token", "Slack token", "Google API key", "Stripe live key");

    private static final List<String> CREDENTIAL_HINTS = List.of("pass", "pwd", "secret", "token", "key", "credential");

    private static final String NAME = "[\\w.-]*(?:password|passwd|pwd|secret|token|api[_.-]?key|access[_.-]?key"
            + "|private[_.-]?key|credentials?)[\\w.-]*";

    /** Characters of a generic secret value; brackets, spaces and colons mean a pattern, text or URL instead. */
    private static final String VALUE = "[A-Za-z0-9+/=_.!@#$%^&*~?-]{" + MIN_GENERIC_LENGTH + ",}";

    private static final List<Detector> DETECTORS = List.of(
            new Detector("AWS access key id", Pattern.compile("\\b((?:AKIA|ASIA)[0-9A-Z]{16})\\b"), 1, false, List.of("akia", "asia")),
            new Detector("AWS secret access key", Pattern.compile(
                    "(?i)aws[\\w.-]{0,20}secret[\\w.-]{0,20}[\"']?\\s*[=:]\\s*[\"']?([A-Za-z0-9/+]{40})(?![A-Za-z0-9/+])"),
                    1, true, List.of("aws")),
            new Detector("GitHub token", Pattern.compile("\\b(gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{22,255})\\b"),
                    1, false, List.of("gh")),
            new Detector("Slack token", Pattern.compile("\\b(xox[abprs]-[A-Za-z0-9-]{10,})"), 1, false, List.of("xox")),
            new Detector("Google API key", Pattern.compile("\\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])"), 1, false, List.of("aiza")),
            new Detector("Stripe live key", Pattern.compile("\\b((?:sk|rk)_live_[0-9A-Za-z]{24,})\\b"), 1, false, List.of("_live_")),
            new Detector(PRIVATE_KEY, Pattern.compile(
                    "(-----BEGIN (?:(?:RSA|EC|DSA|OPENSSH|ENCRYPTED|PGP) )?PRIVATE KEY(?: BLOCK)?-----)"), 1, false, List.of("private key")),
            new Detector("JSON Web Token", Pattern.compile(
                    "\\b(eyJ[A-Za-z0-9_-]{10,}\\.eyJ[A-Za-z0-9_-]{10,}\\.[A-Za-z0-9_-]{10,})"), 1, false, List.of("eyj")),
            new Detector("password in a JDBC URL", Pattern.compile(
                    "(?i)jdbc:[a-z0-9:]+[^\\s\"'<>]*?[?&;:](?:password|pwd)=([^&;\\s\"'<>]+)"), 1, false, List.of("jdbc:")),
            new Detector("password in a JDBC URL", Pattern.compile(
                    "(?i)jdbc:[a-z0-9:]+//[^:/@\\s\"'<>]+:([^@/\\s\"'<>]+)@"), 1, false, List.of("jdbc:")),
            new Detector("credential", Pattern.compile(
                    "(?i)\\b" + NAME + "[\"']?\\s*(?:=|:|:=|=>)\\s*[\"'](" + VALUE + ")[\"']"), 1, true, CREDENTIAL_HINTS),
            new Detector("credential", Pattern.compile(
                    "(?i)<(" + NAME + ")>(" + VALUE + ")</\\1>"), 2, true, CREDENTIAL_HINTS));

    /** Config files also assign without quotes ("password=…", "password: …"), at the start of a line. */
    private static final Detector UNQUOTED_ASSIGNMENT = new Detector("credential", Pattern.compile(
            "(?i)^\\s*(?:export\\s+)?" + NAME + "\\s*[=:]\\s*(" + VALUE + ")(?:\\s|$)"), 1, true, CREDENTIAL_HINTS);

    private static final List<Detector> DETECTORS_FOR_CONFIG = Stream.concat(DETECTORS.stream(),
            Stream.of(UNQUOTED_ASSIGNMENT)).toList();
    /**
     * The formats a secret is recognised by from its shape alone, wherever it stands: message bundles hold
     * user-interface text ("password.label=Kennwort!"), and names, paths and prose have no assignments to go by.
     */
    private static final List<Detector> DETECTORS_BY_SHAPE = DETECTORS.stream()
            .filter(detector -> !detector.checkEntropy()).toList();

    /** What kind of text a line comes from: it decides which detectors apply. */
    public enum Text {
        /** Java source: quoted values only. */
        JAVA,
        /** Configuration (.properties, .yml, .xml, .env …): also unquoted assignments. */
        CONFIGURATION,
        /** A localisation bundle ({@code messages_de.properties}): labels, never generic credentials. */
        MESSAGE_BUNDLE,
        /** Text of no known kind (a file name, a branch, a commit message, a whole report): known formats only. */
        ANY
    }

    /**
     * Key material after a PEM header: DER data in base64 ("MII…"), a base64 run with digits or symbols, or the
     * headers of an encrypted key; a header alone (a constant that a parser matches against) is no key.
     */
    private static final Pattern KEY_MATERIAL = Pattern.compile(
            "MII[A-Za-z0-9+/]{13,}|(?=[A-Za-z0-9+/=]{24,})[A-Za-z0-9+/=]*[0-9+/][A-Za-z0-9+/=]*|Proc-Type:");

    /** Values, or parts of values, that mark an example rather than a real secret. */
    private static final Set<String> PLACEHOLDER_WORDS = Set.of("changeme", "change_me", "change-me", "dummy",
            "example", "sample", "placeholder", "your", "xxx", "fake", "secret", "password", "redacted", "replace",
            "todo", "test", "mock", "foobar");
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    /**
     * References to a value kept elsewhere: {@code ${DB_PASSWORD}}, {@code {{ token }}}, format specifiers, and in Java
     * text an expression joined into the string ({@code "passwds.algorithm=" + algorithm + "..."} reads as the value
     * {@code +algorithm+}, as in Roller's error messages).
     */
    private static final Pattern REFERENCE = Pattern.compile("\\$\\{|\\{\\{|%\\(|%s|^\\$|^<.*>$|^@.*@$|^ENC\\("
            + "|^\\+\\s*[A-Za-z_$][\\w$.]*(\\(\\))?\\s*\\+?$");
    /**
     * Property keys, class names, constant names and dotted identifiers that sit where a value would:
     * "spring.datasource.password", a syntax theme's {@code token="RESERVED_WORD_2"}, a member or an annotation an Ant
     * {@code <replace token=".beginColumn">} or {@code <replace token="@NullMarked">} rewrites, a header field's label
     * ({@code "Credential=" + accessKey}, JGit's AWS request signer). Words of letters, each maybe
     * ending in digits, joined by separators; a digit between letters ("aB3dE") is not a word boundary, so random
     * tokens do not pass. Its repetitions and those of {@link #PATH_LIKE} are possessive, as a greedy group
     * repetition recurses once per repetition in java.util.regex: a line of {@link #MAX_LINE_LENGTH} would overflow
     * the stack.
     */
    private static final Pattern IDENTIFIER_LIKE = Pattern.compile(
            "[.@]?+_*+[A-Za-z]++[0-9]*+(?:[.\\-_/]++(?:[A-Za-z]++[0-9]*+|[0-9]++))*+(\\(\\))?[.:=]?");
    /** File paths ("/etc/passwd", "~/.ssh/id_rsa", "./keys/server.pem"): where a secret is, not the secret. */
    private static final Pattern PATH_LIKE = Pattern.compile(
            "(?:~|\\.{1,2})?(?:/(?:[A-Za-z_.][\\w.-]*+|\\d++))++/?");

    private SecretPatterns() {
    }

    /**
     * The secrets on {@code line}, ordered by column, overlapping matches reduced to the first-found kind. Any text
     * will do (masking passes whole messages): only configuration's unquoted assignments look at the line's start.
     */
    public static List<Match> find(String line, Text text) {
        List<Match> matches = new ArrayList<>();
        String lowerCaseLine = line.toLowerCase(Locale.ROOT);
        List<Detector> detectors = switch (text) {
            case JAVA -> DETECTORS;
            case CONFIGURATION -> DETECTORS_FOR_CONFIG;
            case MESSAGE_BUNDLE, ANY -> DETECTORS_BY_SHAPE;
        };
        for (Detector detector : detectors) {
            if (!detector.mayMatch(lowerCaseLine)) {
                continue;
            }
            Matcher matcher = detector.pattern().matcher(line);
            while (matcher.find()) {
                String secret = matcher.group(detector.group());
                if (!isPlaceholder(secret) && (!detector.checkEntropy() || looksRandom(secret))
                        && matches.stream().noneMatch(found -> overlaps(found, matcher, detector.group()))) {
                    matches.add(new Match(detector.kind(), secret, matcher.start(detector.group()),
                            matcher.end(detector.group())));
                }
            }
        }
        matches.sort(Comparator.comparingInt(Match::start));
        return matches;
    }

    private static boolean overlaps(Match found, Matcher matcher, int group) {
        return found.start() < matcher.end(group) && matcher.start(group) < found.end();
    }

    /** Whether a provider issues secrets of this kind for its live service (an AWS key, a GitHub token …). */
    public static boolean isIssuedByProvider(String kind) {
        return ISSUED_KINDS.contains(kind);
    }

    /**
     * Placeholders are never reported: "changeme", "${ENV}", "xxx", "<secret>", "dummy", one repeated character,
     * also after a key prefix ("AKIA0000000000000000"), a value cut short with an ellipsis ("9cbaf0237...").
     */
    static boolean isPlaceholder(String value) {
        String lower = value.toLowerCase(Locale.ROOT);
        return REFERENCE.matcher(value).find()
                || spelledPlaceholder(unLeet(lower))
                || lower.startsWith("...") || lower.endsWith("...")
                || lower.chars().distinct().count() <= 2
                || lower.substring(Math.min(4, lower.length())).chars().distinct().count() <= 1
                || PLACEHOLDER_WORDS.stream().anyMatch(lower::contains)
                || lower.contains("***")
                || decodedText(value).filter(decoded -> PLACEHOLDER_WORDS.stream().anyMatch(decoded::contains))
                        .isPresent();
    }

    /**
     * A placeholder word that makes up at least half of the letters once digits and symbols are read as letters
     * ("chang3m3N#w", "P@ssw0rd!"). A random key that happens to hold "7E57" is mostly other letters: still a key.
     */
    private static boolean spelledPlaceholder(String spelled) {
        long letters = spelled.chars().filter(Character::isLetter).count();
        return PLACEHOLDER_WORDS.stream().anyMatch(word -> spelled.contains(word) && word.length() * 2L >= letters);
    }

    /**
     * {@code value} with digits and symbols that stand for letters read as those letters: Tomcat's documentation
     * sets the example password "chang3m3N#w", which is "change me now".
     */
    private static String unLeet(String lower) {
        StringBuilder spelled = new StringBuilder(lower.length());
        for (char c : lower.toCharArray()) {
            spelled.append(switch (c) {
                case '0' -> 'o';
                case '1' -> 'i';
                case '3' -> 'e';
                case '4', '@' -> 'a';
                case '5', '$' -> 's';
                case '7' -> 't';
                default -> c;
            });
        }
        return spelled.toString();
    }

    /**
     * The text a base64 value stands for, lower case, when it decodes to printable ASCII: a Basic-auth header of
     * "username:password" is as much a placeholder encoded as written out.
     */
    private static Optional<String> decodedText(String value) {
        if (value.length() < 8 || value.length() % 4 != 0 || !BASE64.matcher(value).matches()) {
            return Optional.empty();
        }
        byte[] bytes = Base64.getDecoder().decode(value);
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7e) {
                return Optional.empty();
            }
        }
        return Optional.of(new String(bytes, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT));
    }

    /**
     * Whether a private key header is followed by key material, in {@code after}: the rest of its line and the
     * next lines.
     */
    public static boolean hasKeyMaterial(String after) {
        return KEY_MATERIAL.matcher(after).find();
    }

    /** Random-looking: mixes letters with digits or symbols, is not an identifier or a path, and has high entropy. */
    static boolean looksRandom(String value) {
        return !IDENTIFIER_LIKE.matcher(value).matches() && !PATH_LIKE.matcher(value).matches()
                && value.chars().anyMatch(Character::isLetter) && !isAlphabet(value)
                && shannonEntropy(value) >= MIN_ENTROPY_BITS;
    }

    /**
     * A character set written out in order: most neighbours follow each other ("abcdefghjkmnpqrs...23456789", the
     * letters JSPWiki composes passwords from; "0123456789ABCDEF"). Its entropy is high and it is no secret.
     */
    static boolean isAlphabet(String value) {
        int steps = 0;
        for (int i = 1; i < value.length(); i++) {
            steps += value.charAt(i) == value.charAt(i - 1) + 1 ? 1 : 0;
        }
        return value.length() > 1 && 2 * steps >= value.length() - 1;
    }

    /** Shannon entropy in bits per character: -sum(p * log2 p) over the character frequencies. */
    static double shannonEntropy(String value) {
        if (value.isEmpty()) {
            return 0;
        }
        double entropy = 0;
        for (long count : value.chars().boxed().collect(Collectors.groupingBy(c -> c, Collectors.counting())).values()) {
            double probability = (double) count / value.length();
            entropy -= probability * Math.log(probability) / Math.log(2);
        }
        return entropy;
    }

    /** A quarter of the secret at most (never more than 4 characters), an ellipsis and the length. */
    public static String mask(String secret) {
        int shown = Math.min(4, secret.length() / 4);
        return secret.substring(0, shown) + "\u2026(" + secret.length() + " chars)";
    }
}
