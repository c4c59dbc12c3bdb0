#!/usr/bin/env python3
"""Draws the findings to label from a JSON report: up to N per rule, ordered by a seeded hash of path and line,
so the sample is fixed for a report and a rule with thousands of findings does not drown the others.

Usage: bench/precision/sample.py REPORT.json N REPOSITORY COMMIT [SEED]
Prints label-file rows (label and reason empty) followed by the message, tab-separated, for the labeller.
"""
import hashlib
import json
import sys
from collections import defaultdict


def message_hash(message):
    return hashlib.sha1(message.encode("utf-8")).hexdigest()[:12]


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    per_rule = int(sys.argv[2])
    repository, commit = sys.argv[3], sys.argv[4]
    seed = sys.argv[5] if len(sys.argv) > 5 else "readiness"
    by_rule = defaultdict(list)
    for finding in report["findings"]:
        by_rule[finding["ruleId"]].append(finding)
    for rule in sorted(by_rule):
        def order(finding):
            location = finding["location"]
            key = seed + location["path"] + str(location["startLine"])
            return hashlib.sha1(key.encode()).hexdigest()
        for finding in sorted(by_rule[rule], key=order)[:per_rule]:
            location = finding["location"]
            message = finding["message"].replace("\t", " ").replace("\n", " ")
            print("\t".join([repository, commit, rule, location["path"], str(location["startLine"]),
                             message_hash(finding["message"]), "", "", message[:400]]))


if __name__ == "__main__":
    main()
