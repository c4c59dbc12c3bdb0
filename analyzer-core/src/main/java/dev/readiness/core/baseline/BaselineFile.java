package dev.readiness.core.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.readiness.core.analysis.AnalysisResult;
import dev.readiness.core.analysis.BaselineEntry;
import dev.readiness.core.analysis.ToolInfo;
import dev.readiness.core.repo.RegularFiles;
import dev.readiness.core.report.JsonOutput;
import dev.readiness.core.report.StableFingerprint;
import dev.readiness.core.rule.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The baseline file: the stable fingerprints of every active finding of one scan, with rule, path and
 * symbol for the reader, sorted, so equal scans give byte-identical files that diff well in review.
 */
public final class BaselineFile {

    public static final String DEFAULT_NAME = "readiness-baseline.json";
    static final int FORMAT_VERSION = 1;

    private BaselineFile() {
    }

    /** The entries of the active findings of {@code result}. */
    public static List<BaselineEntry> entriesOf(AnalysisResult result) {
        List<Finding> findings = result.findings();
        List<String> fingerprints = StableFingerprint.of(findings, result.sources());
        List<BaselineEntry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            Finding finding = findings.get(i);
            if (finding.isActive()) {
                entries.add(new BaselineEntry(fingerprints.get(i), finding.ruleId(), finding.location().path(),
                        finding.location().enclosingSymbol()));
            }
        }
        return entries.stream().sorted().toList();
    }

    public static byte[] toBytes(List<BaselineEntry> entries) {
        ObjectNode root = JsonOutput.object();
        root.put("baselineVersion", FORMAT_VERSION);
        root.put("fingerprint", StableFingerprint.KEY);
        ObjectNode tool = root.putObject("tool");
        tool.put("name", ToolInfo.NAME);
        tool.put("version", ToolInfo.VERSION);
        root.put("findings", entries.size());
        ArrayNode array = root.putArray("entries");
        for (BaselineEntry entry : entries.stream().sorted().toList()) {
            ObjectNode node = array.addObject();
            node.put("fingerprint", entry.fingerprint());
            node.put("ruleId", entry.ruleId());
            node.put("path", entry.path());
            node.put("symbol", entry.symbol());
        }
        return JsonOutput.toBytes(root);
    }

    /** Reads a baseline; anything unreadable or of another fingerprint recipe is a {@link BaselineException}. */
    public static List<BaselineEntry> read(Path file) throws BaselineException {
        byte[] bytes;
        try {
            bytes = RegularFiles.read(file);
        } catch (NoSuchFileException e) {
            throw new BaselineException("baseline file " + file + " does not exist (create it with 'readiness baseline')");
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline file " + file + ": " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new BaselineException("baseline file " + file + " is not valid JSON: "
                    + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new BaselineException("cannot read baseline file " + file + ": " + e.getMessage(), e);
        }
        return entries(file, root);
    }

    private static List<BaselineEntry> entries(Path file, JsonNode root) throws BaselineException {
        if (root == null || !root.isObject() || !root.path("entries").isArray()) {
            throw new BaselineException("baseline file " + file + " is not a readiness baseline"
                    + " (expected an object with an \"entries\" array)");
        }
        String recipe = root.path("fingerprint").asText("");
        if (!StableFingerprint.KEY.equals(recipe)) {
            throw new BaselineException("baseline file " + file + " holds fingerprints of kind '" + recipe
                    + "', this version computes '" + StableFingerprint.KEY + "'; run 'readiness baseline' again");
        }
        List<BaselineEntry> entries = new ArrayList<>();
        for (JsonNode node : root.get("entries")) {
            String fingerprint = node.path("fingerprint").asText("");
            if (fingerprint.isEmpty()) {
                throw new BaselineException("baseline file " + file + ": entry " + (entries.size() + 1)
                        + " has no \"fingerprint\"");
            }
            entries.add(new BaselineEntry(fingerprint, node.path("ruleId").asText(""), node.path("path").asText(""),
                    node.path("symbol").asText("")));
        }
        return entries;
    }
}
