#!/usr/bin/env python3
"""The backtest table: per repository, AUC and effort-aware recall of each ranking; then the wins and the medians.

Usage: bench/backtest_table.py OUT_DIR  (OUT_DIR holds <name>.json written by `readiness backtest --format json`)
"""
import glob
import json
import os
import statistics
import sys

RANKINGS = ["risk", "health-weighted", "changes", "size", "health", "random"]


def main():
    results = []
    for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.json"))):
        with open(path, encoding="utf-8") as handle:
            results.append(json.load(handle))
    print("| repository | T0 | fix-touched files | " + " | ".join("AUC " + r for r in RANKINGS)
          + " | " + " | ".join("recall@20% " + r for r in RANKINGS) + " |")
    print("|" + " --- |" * (3 + 2 * len(RANKINGS)))
    judged = []
    for result in results:
        by_id = {ranking["id"]: ranking for ranking in result["rankings"]}
        if any(ranking not in by_id for ranking in RANKINGS):
            continue  # written by an older version
        aucs = [fmt(by_id[r]["auc"]) for r in RANKINGS]
        recalls = [fmt(by_id[r]["effortAwareRecall"]) for r in RANKINGS]
        note = "" if result["judged"] else " (too few to judge)"
        print("| %s | %s %s | %d%s | %s | %s |" % (result["repository"], result["t0"]["commit"][:10],
                                               result["t0"]["time"][:10], result["filesWithFixes"], note,
                                               " | ".join(aucs), " | ".join(recalls)))
        if result["judged"]:
            judged.append(by_id)
    print()
    print("%d repositories judged (at least 20 files touched by fixes)." % len(judged))
    for ours in ["risk", "health-weighted"]:
        for baseline in ["changes", "size", "health", "random"]:
            auc_wins = sum(1 for r in judged if r[ours]["auc"] > r[baseline]["auc"])
            recall_wins = sum(1 for r in judged if r[ours]["effortAwareRecall"] > r[baseline]["effortAwareRecall"])
            print("- %s beats %s: AUC on %d of %d, effort-aware recall on %d of %d" % (
                ours, baseline, auc_wins, len(judged), recall_wins, len(judged)))
    for ranking in RANKINGS:
        aucs = [r[ranking]["auc"] for r in judged if r[ranking]["auc"] is not None]
        recalls = [r[ranking]["effortAwareRecall"] for r in judged]
        if aucs:
            print("- median %s: AUC %.3f, effort-aware recall %.3f" % (ranking, statistics.median(aucs),
                                                                       statistics.median(recalls)))


def fmt(value):
    return "n/a" if value is None else "%.3f" % value


if __name__ == "__main__":
    main()
