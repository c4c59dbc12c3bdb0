#!/usr/bin/env python3
"""Draws the findings to label from a JSON report: up to N per rule, ordered by a hash of path and line, so the
sample is fixed for a report and a rule with thousands of findings does not drown the others.

Usage: bench/precision/sample.py REPORT.json [N]   (prints rule, path, line, message, tab-separated)
"""
import hashlib
import json
import sys
from collections import defaultdict


def main():
    report = json.load(open(sys.argv[1], encoding="utf-8"))
    per_rule = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    by_rule = defaultdict(list)
    for finding in report["findings"]:
        by_rule[finding["ruleId"]].append(finding)
    for rule in sorted(by_rule):
        def order(finding):
            location = finding["location"]
            return hashlib.sha1((location["path"] + str(location["startLine"])).encode()).hexdigest()
        for finding in sorted(by_rule[rule], key=order)[:per_rule]:
            location = finding["location"]
            message = finding["message"][:300].replace("\t", " ").replace("\n", " ")
            print("\t".join([rule, location["path"], str(location["startLine"]), message]))


if __name__ == "__main__":
    main()
