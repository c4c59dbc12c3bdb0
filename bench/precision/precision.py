#!/usr/bin/env python3
"""Measured precision per rule: joins the label files with fresh JSON reports of the same pinned commits.

Usage: bench/precision/precision.py REPORTS_DIR [--write MEASURED.tsv] [LABELS.tsv...]
REPORTS_DIR holds <name>/readiness.json per repository (name = the part of owner/name after the slash).
A label counts when the report still has a finding of that rule at that path and line; labels whose finding
is gone and findings whose message changed (hash differs) are listed, so labels are kept current. The labels are
also summed over the rules a scan runs by default (those at or above the precision bar, or with fewer labels than it
needs) and, among them, over errors and warnings: what a reader sees.
"""
import glob
import hashlib
import json
import os
import sys
from collections import defaultdict

BAR = 0.8  # MeasuredPrecision.BAR: a rule correct less often, on at least MIN_SAMPLE labels, is off by default
MIN_SAMPLE = 5


def on_by_default(counts):
    n = counts["TRUE"] + counts["DEBATABLE"] + counts["FALSE"]
    return n < MIN_SAMPLE or counts["TRUE"] / n >= BAR


def message_hash(message):
    return hashlib.sha1(message.encode("utf-8")).hexdigest()[:12]


def read_labels(files):
    labels = []
    for name in files:
        with open(name, encoding="utf-8") as handle:
            header = handle.readline().rstrip("\n").split("\t")
            for line in handle:
                if line.strip():
                    labels.append(dict(zip(header, line.rstrip("\n").split("\t"))))
    return labels


def main():
    args = sys.argv[1:]
    reports_dir = args.pop(0)
    write = None
    if args and args[0] == "--write":
        args.pop(0)
        write = args.pop(0)
    here = os.path.dirname(os.path.abspath(__file__))
    files = args or sorted(glob.glob(os.path.join(here, "*.tsv")))
    labels = read_labels(files)
    reports = {}
    counted = defaultdict(lambda: defaultdict(int))
    by_level = defaultdict(lambda: defaultdict(int))
    repositories = defaultdict(set)
    gone, changed = [], []
    for label in labels:
        name = label["repository"].split("/")[-1]
        if name not in reports:
            path = os.path.join(reports_dir, name, "readiness.json")
            reports[name] = None
            if os.path.exists(path):
                findings = json.load(open(path, encoding="utf-8"))["findings"]
                reports[name] = {(f["ruleId"], f["location"]["path"], str(f["location"]["startLine"])): f
                                 for f in findings}
        report = reports[name]
        if report is None:
            continue
        finding = report.get((label["rule"], label["path"], label["line"]))
        if finding is None:
            gone.append(label)
            continue
        if label.get("message_hash") and label["message_hash"] != message_hash(finding["message"]):
            changed.append(label)
        counted[label["rule"]][label["label"]] += 1
        by_level[(label["rule"], finding["level"])][label["label"]] += 1
        repositories[label["rule"]].add(label["repository"])
    print("%-45s %5s %5s %5s %4s %6s  %s" % ("rule", "TRUE", "DEB", "FALSE", "n", "TRUE%", "default"))
    total = defaultdict(int)
    rows = []
    for rule in sorted(counted):
        c = counted[rule]
        n = c["TRUE"] + c["DEBATABLE"] + c["FALSE"]
        for key in ("TRUE", "DEBATABLE", "FALSE"):
            total[key] += c[key]
        rows.append((rule, c["TRUE"], c["DEBATABLE"], c["FALSE"], len(repositories[rule])))
        print("%-45s %5d %5d %5d %4d %5.0f%%  %s" % (rule, c["TRUE"], c["DEBATABLE"], c["FALSE"], n,
                                                   100.0 * c["TRUE"] / n, "on" if on_by_default(c) else "off"))
    n = sum(total.values())
    if n:
        print("%-45s %5d %5d %5d %4d %5.0f%%" % ("all", total["TRUE"], total["DEBATABLE"], total["FALSE"], n,
                                                100.0 * total["TRUE"] / n))
    on = {rule for rule in counted if on_by_default(counted[rule])}
    summaries = (("reported by default", lambda rule, level: rule in on),
                 ("  of which errors and warnings", lambda rule, level: rule in on and level != "note"),
                 ("off by default (below the bar)", lambda rule, level: rule not in on))
    for title, selected in summaries:
        c = defaultdict(int)
        for (rule, level), counts in by_level.items():
            if selected(rule, level):
                for key, count in counts.items():
                    c[key] += count
        n = c["TRUE"] + c["DEBATABLE"] + c["FALSE"]
        if n:
            print("%-45s %5d %5d %5d %4d %5.0f%%" % (title, c["TRUE"], c["DEBATABLE"], c["FALSE"], n,
                                                    100.0 * c["TRUE"] / n))
    missing = sorted(name for name, report in reports.items() if report is None)
    if missing:
        print("no report for: " + ", ".join(missing))
    print("labels whose finding is gone: %d" % len(gone))
    for label in gone:
        print("  gone\t%s\t%s\t%s:%s\t%s" % (label["repository"], label["rule"], label["path"], label["line"], label["label"]))
    print("labels whose message changed: %d" % len(changed))
    for label in changed:
        print("  changed\t%s\t%s\t%s:%s" % (label["repository"], label["rule"], label["path"], label["line"]))
    if write:
        with open(write, "w", encoding="utf-8") as out:
            out.write("# Measured by bench/precision/precision.py: labels per rule and the repositories they come from.\n")
            out.write("rule\ttrue\tdebatable\tfalse\trepositories\n")
            for rule, true, debatable, false, repos in rows:
                out.write("%s\t%d\t%d\t%d\t%d\n" % (rule, true, debatable, false, repos))


if __name__ == "__main__":
    main()
