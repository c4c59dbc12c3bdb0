package dev.readiness.core.config;

import dev.readiness.core.repo.RegularFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Loads readiness.yml strictly: every unknown key, wrong type, duplicate, undefined layer or malformed
 * package glob is a {@link ConfigException} naming {@code file:line:column}. An empty file means no
 * settings. The YAML is read as a tree of plain values (no Java types constructed) and the file is
 * capped at {@link #MAX_BYTES}.
 */
public final class ConfigLoader {

    /** The file looked for at the repository root when none is named. */
    public static final String FILE_NAME = "readiness.yml";
    public static final int MAX_BYTES = 1024 * 1024;

    /** Top-level sections, in documentation order: adding one is one line here (and its reader). */
    private static final List<Section> SECTIONS = List.of(
            new Section(ArchitectureReader.SECTION, (node, reader, settings) ->
                    settings.architecture = ArchitectureReader.read(node, reader)),
            new Section(RulesReader.SECTION, (node, reader, settings) ->
                    settings.rules = RulesReader.read(node, reader, settings.known)),
            new Section(WeightsReader.SECTION, (node, reader, settings) ->
                    settings.weights = WeightsReader.read(node, reader)),
            new Section(ScanPathsReader.INCLUDE, (node, reader, settings) ->
                    settings.include = ScanPathsReader.read(node, reader, ScanPathsReader.INCLUDE)),
            new Section(ScanPathsReader.EXCLUDE, (node, reader, settings) ->
                    settings.exclude = ScanPathsReader.read(node, reader, ScanPathsReader.EXCLUDE)),
            new Section(HistorySettingsReader.SECTION, (node, reader, settings) ->
                    settings.history = HistorySettingsReader.read(node, reader)),
            new Section(RolesReader.SECTION, (node, reader, settings) ->
                    settings.roles = RolesReader.read(node, reader)),
            new Section(AreasReader.SECTION, (node, reader, settings) ->
                    settings.areas = AreasReader.read(node, reader)));

    private ConfigLoader() {
    }

    /** Loads {@code file} knowing no rules; {@link ReadinessConfig#source()} is the path as given. */
    public static ReadinessConfig load(Path file) throws ConfigException {
        return load(file, null);
    }

    /** {@link #load(Path, Path, KnownRules)} knowing no rules: a {@code rules} section is an error. */
    public static ReadinessConfig load(Path file, Path repositoryRoot) throws ConfigException {
        return load(file, repositoryRoot, KnownRules.NONE);
    }

    /**
     * Loads {@code file}; {@link ReadinessConfig#source()} is relative to {@code repositoryRoot} when the file
     * lies inside it (null: never), the path as given otherwise. Messages name the file as given. The
     * {@code rules} section may name only {@code known} rules and their options.
     */
    public static ReadinessConfig load(Path file, Path repositoryRoot, KnownRules known) throws ConfigException {
        String shown = file.toString();
        return parse(shown, sourceOf(file, repositoryRoot), decode(shown, read(shown, file)), known);
    }

    /** Parses readiness.yml text knowing no rules. */
    public static ReadinessConfig parse(String file, String source, String text) throws ConfigException {
        return parse(file, source, text, KnownRules.NONE);
    }

    /** Parses readiness.yml text; {@code file} names it in messages, {@code source} in the result. */
    public static ReadinessConfig parse(String file, String source, String text, KnownRules known)
            throws ConfigException {
        Optional<YamlNode> root = YamlTreeReader.read(file, text);
        Settings settings = new Settings(known);
        if (root.isEmpty() || root.get() instanceof YamlNode.Scalar scalar && scalar.isNull()) {
            return settings.build(source);
        }
        NodeReader reader = new NodeReader(file);
        YamlNode.Mapping top = reader.mapping(root.get(), "the top level",
                SECTIONS.stream().map(Section::key).toList());
        for (Section section : SECTIONS) {
            Optional<YamlNode> value = NodeReader.optional(top, section.key());
            if (value.isPresent()) {
                section.reader().read(value.get(), reader, settings);
            }
        }
        return settings.build(source);
    }

    private record Section(String key, SectionReader reader) {
    }

    /** Reads one top-level section into the settings being built. */
    @FunctionalInterface
    private interface SectionReader {
        void read(YamlNode node, NodeReader reader, Settings settings) throws ConfigException;
    }

    /** What the sections read so far; absent sections keep their defaults. */
    private static final class Settings {
        private final KnownRules known;
        private ArchitectureConfig architecture = ArchitectureConfig.NONE;
        private Map<String, RuleSettings> rules = Map.of();
        private Map<String, Double> weights = Map.of();
        private List<String> include = List.of();
        private List<String> exclude = List.of();
        private HistorySettings history = HistorySettings.NONE;
        private RoleOverrides roles = RoleOverrides.NONE;
        private List<String> areas = List.of();

        Settings(KnownRules known) {
            this.known = known;
        }

        ReadinessConfig build(String source) {
            return new ReadinessConfig(source, architecture, weights, rules, new ScanPaths(include, exclude), history,
                    roles, areas);
        }
    }

    private static byte[] read(String shown, Path file) throws ConfigException {
        try (InputStream in = RegularFiles.open(file)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            if (bytes.length > MAX_BYTES) {
                throw new ConfigException(shown, Position.START, "the file is larger than " + MAX_BYTES
                        + " bytes (1 MiB), the most a readiness.yml may hold");
            }
            return bytes;
        } catch (NoSuchFileException e) {
            throw new ConfigException(shown, "no such file", e);
        } catch (RegularFiles.NotRegularFileException e) {
            throw new ConfigException(shown, "is " + e.kind() + ", not a readiness.yml file", e);
        } catch (IOException e) {
            throw new ConfigException(shown, "cannot be read (" + e.getMessage() + ")", e);
        }
    }

    /** Strict UTF-8 (a leading byte-order mark is dropped); a bad byte is reported where it is. */
    private static String decode(String shown, byte[] bytes) throws ConfigException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        out.flip();
        if (result.isError()) {
            throw new ConfigException(shown, positionAtEnd(out.toString()), "not valid UTF-8 (byte 0x"
                    + String.format(Locale.ROOT, "%02X", bytes[in.position()] & 0xFF) + "): save the file as UTF-8");
        }
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Position positionAtEnd(String text) {
        int lastBreak = text.lastIndexOf('\n');
        long line = text.chars().filter(c -> c == '\n').count() + 1;
        return new Position((int) line, text.length() - lastBreak);
    }

    private static String sourceOf(Path file, Path repositoryRoot) {
        if (repositoryRoot != null) {
            try {
                Path real = file.toRealPath();
                Path root = repositoryRoot.toRealPath();
                if (real.startsWith(root)) {
                    return root.relativize(real).toString().replace(java.io.File.separatorChar, '/');
                }
            } catch (IOException e) {
                // fall back to the path as given; reading the file reports what is wrong with it
            }
        }
        return file.normalize().toString().replace(java.io.File.separatorChar, '/');
    }
}
