package dev.readiness.core.engine;

import dev.readiness.core.analysis.ToolNotification;
import dev.readiness.core.repo.RepositorySnapshot;
import dev.readiness.core.rule.Level;
import dev.readiness.core.xml.SecureXml;
import java.util.List;
import java.util.Set;

/**
 * Makes an XML build file that its readers refused for its entity expansion visible: a note on that file, which
 * otherwise declares nothing, as if it were not there. Only files that declare an entity are parsed again.
 */
final class EntityExpansionCheck {

    /** The XML build files the engine and the rules read: Maven's and Ant's. */
    private static final Set<String> XML_BUILD_FILES = Set.of("pom.xml", "build.xml");

    private EntityExpansionCheck() {
    }

    static List<ToolNotification> notes(RepositorySnapshot snapshot) {
        return snapshot.files().stream().filter(file -> XML_BUILD_FILES.contains(file.fileName()))
                .filter(file -> snapshot.buildFileText(file).filter(text -> text.contains("<!ENTITY"))
                        .filter(SecureXml::expandsTooMuch).isPresent())
                .map(file -> ToolNotification.forFile("xml-entity-limit", Level.NOTE, file.path(),
                        file.fileName() + " " + SecureXml.TOO_MUCH_EXPANSION))
                .toList();
    }
}
