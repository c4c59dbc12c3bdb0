package dev.readiness.core.config;

import dev.readiness.core.repo.FileKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the {@code roles} section: a mapping from a file role (production, test, test-fixture, generated,
 * vendored, sample, build, docs, other) to a list of path globs whose files get that role.
 */
final class RolesReader {

    static final String SECTION = "roles";

    private RolesReader() {
    }

    static RoleOverrides read(YamlNode node, NodeReader reader) throws ConfigException {
        List<String> roleIds = Arrays.stream(FileKind.values()).map(FileKind::id).toList();
        YamlNode.Mapping mapping = reader.mapping(node, SECTION, roleIds);
        List<RoleOverrides.Entry> entries = new ArrayList<>();
        for (String roleId : mapping.entries().keySet()) {
            FileKind role = FileKind.ofId(roleId).orElseThrow();
            for (YamlNode.Scalar glob : reader.strings(mapping.entries().get(roleId).value(), SECTION + "." + roleId,
                    "path globs")) {
                Optional<String> problem = FileGlob.problem(glob.text().strip());
                if (problem.isPresent()) {
                    throw reader.error(glob.position(), "malformed path glob '" + glob.text() + "' in " + SECTION
                            + "." + roleId + ": " + problem.get());
                }
                entries.add(new RoleOverrides.Entry(role, glob.text().strip()));
            }
        }
        return new RoleOverrides(entries);
    }
}
