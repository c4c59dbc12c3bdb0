#!/usr/bin/env python3
"""Which per-file signals, combined, foretell fixes: leave-one-repository-out fits over backtest results.

Usage: bench/backtest_fit.py OUT_DIR [--biomarkers | --signals [DUPLICATION_DIR]]   (the <name>.json files
bench/backtest.sh wrote; DUPLICATION_DIR: what bench/backtest_duplication.py wrote; needs numpy)

For every judged repository, a logistic regression is fitted on the files of all the others (L2 = 1, Newton steps)
and ranks that repository's files; a candidate may also divide its odds by lines of code to the power alpha (a
risk per line read). Prints, per candidate, the median AUC and effort-aware recall and on how many repositories it
beats size alone and change count alone. Nothing is tuned on the repository it is scored on. With --biomarkers, each
code-health biomarker is added in turn to size and recent changes (1 when the file has it): its fitted weight, and on
how many repositories it raised the left-out AUC. With --signals, the same for the CodeScene signals code health does
not charge yet (rankedFiles[] functions, complexConditionals, primitive and string parameters), each as a count and
as a yes/no biomarker at a fixed threshold, also reporting the change in effort-aware recall; with DUPLICATION_DIR,
also the lines in duplicated blocks that PMD's copy-paste detector found.
"""
import glob
import json
import math
import os
import sys

import numpy as np

FEATURES = {
    "size": lambda f: math.log1p(f["linesOfCode"]),
    "recent changes": lambda f: math.log1p(f["recentChanges"]),
    "changes": lambda f: math.log1p(f["changes"]),
    "recent churn": lambda f: math.log1p(f["recentChurn"]),
    "recent authors": lambda f: math.log1p(f["recentAuthors"]),
    "recent fixes": lambda f: math.log1p(f["recentFixes"]),
    "10 - health": lambda f: 10 - f["health"],
    "age": lambda f: math.log1p(max(0, f["ageDays"])),
}
CANDIDATES = [
    (["size", "recent changes"], 0.0),
    (["size", "recent changes", "recent fixes"], 0.0),
    (["size", "recent changes", "recent churn", "recent authors", "recent fixes", "10 - health"], 0.0),
    (["size", "recent changes", "10 - health"], 0.0),
    (["size", "recent changes"], 0.5),
    (["size", "recent changes"], 0.75),
    (["size", "recent changes", "recent churn", "recent authors", "recent fixes", "10 - health"], 0.5),
]


def load(directory, with_rows=False):
    data = {}
    for path in sorted(glob.glob(os.path.join(directory, "*.json"))):
        result = json.load(open(path, encoding="utf-8"))
        rows = result.get("rankedFiles") or (result["files"] if isinstance(result["files"], list) else None)
        if result["judged"] and rows:
            names = list(FEATURES)
            x = np.array([[FEATURES[name](row) for name in names] for row in rows])
            data[result["repository"]] = (x, np.array([1 if row["fixes"] else 0 for row in rows]),
                                          np.array([row["linesOfCode"] for row in rows]),
                                          np.array([row["fixes"] for row in rows])) + ((rows,) if with_rows else ())
    return data


def ties(score):
    order = np.argsort(-score, kind="mergesort")
    groups, start = [], 0
    for i in range(1, len(order) + 1):
        if i == len(order) or score[order[i]] != score[order[start]]:
            groups.append(order[start:i])
            start = i
    return groups


def auc(score, fixed):
    wins, positives, negatives = 0.0, fixed.sum(), len(fixed) - fixed.sum()
    below = negatives
    for group in ties(score):
        p = fixed[group].sum()
        n = len(group) - p
        below -= n
        wins += p * (below + n / 2)
    return wins / (positives * negatives) if positives and negatives else float("nan")


def recall(score, lines, fixes, share=0.2):
    budget, read, found = lines.sum() * share, 0.0, 0.0
    for group in ties(score):
        group_lines = lines[group].sum()
        part = 1 if group_lines == 0 else min(1, (budget - read) / group_lines)
        if part <= 0:
            break
        found += fixes[group].sum() * part
        read += group_lines * part
    return found / max(1, fixes.sum())


def fit(x, y, l2=1.0, steps=50):
    x = np.hstack([x, np.ones((len(x), 1))])
    w = np.zeros(x.shape[1])
    penalty = np.r_[np.ones(len(w) - 1), 0] * l2
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        w -= np.linalg.solve(x.T @ (x * (p * (1 - p))[:, None]) + np.diag(penalty), x.T @ (p - y) + penalty * w)
    return w


def main():
    data = load(sys.argv[1])
    names = list(FEATURES)
    baselines = {name: {repo: (auc(d[0][:, names.index(feature)], d[1]),
                               recall(d[0][:, names.index(feature)], d[2], d[3])) for repo, d in data.items()}
                 for name, feature in [("size", "size"), ("changes", "recent changes")]}
    print("%d judged repositories: %s" % (len(data), ", ".join(data)))
    for name, scores in baselines.items():
        print("%-75s median AUC %.3f, recall %.3f" % (name + " alone", np.median([s[0] for s in scores.values()]),
                                                     np.median([s[1] for s in scores.values()])))
    for features, alpha in CANDIDATES:
        columns = [names.index(feature) for feature in features]
        aucs, recalls = {}, {}
        for repo, (x, y, lines, fixes) in data.items():
            others = [other for other in data if other != repo]
            w = fit(np.vstack([data[o][0][:, columns] for o in others]), np.concatenate([data[o][1] for o in others]))
            score = x[:, columns] @ w[:-1] - alpha * x[:, names.index("size")]
            aucs[repo], recalls[repo] = auc(score, y), recall(score, lines, fixes)
        label = "logit(%s)%s" % (", ".join(features), " - %.2f size" % alpha if alpha else "")
        beats = ", ".join("%s AUC %d/%d recall %d/%d" % (
            base, sum(aucs[r] > s[r][0] for r in data), len(data), sum(recalls[r] > s[r][1] for r in data), len(data))
            for base, s in baselines.items())
        print("%-75s median AUC %.3f, recall %.3f; beats %s" % (label, np.median(list(aucs.values())),
                                                               np.median(list(recalls.values())), beats))


def biomarkers(directory):
    data = load(directory, with_rows=True)
    names = list(FEATURES)
    base = [names.index("size"), names.index("recent changes")]
    ids = sorted({marker for d in data.values() for row in d[4] for marker in row.get("biomarkers", [])})
    print("%d judged repositories; each biomarker added to logit(size, recent changes), left out in turn" % len(data))
    for marker in ids:
        extended = {repo: (np.hstack([d[0][:, base], np.array([[1.0 if marker in row.get("biomarkers", []) else 0.0]
                                                                  for row in d[4]])]), d[1]) for repo, d in data.items()}
        share = np.mean(np.concatenate([x[:, -1] for x, _ in extended.values()]))
        weight = fit(np.vstack([x for x, _ in extended.values()]), np.concatenate([y for _, y in extended.values()]))[-2]
        raised, deltas = 0, []
        for repo, (x, y) in extended.items():
            others = [other for other in extended if other != repo]
            with_marker = fit(np.vstack([extended[o][0] for o in others]), np.concatenate([extended[o][1] for o in others]))
            without = fit(np.vstack([extended[o][0][:, :2] for o in others]),
                          np.concatenate([extended[o][1] for o in others]))
            delta = auc(x @ with_marker[:-1], y) - auc(x[:, :2] @ without[:-1], y)
            deltas.append(delta)
            raised += delta > 0
        print("%-22s in %5.1f %% of files, weight %+.2f, left-out AUC raised on %2d of %d (median change %+.4f)" % (
            marker, 100 * share, weight, raised, len(extended), np.median(deltas)))


def share(part, whole, least=10):
    return part / whole if whole >= least else 0.0


SIGNALS = {
    "functions (log)": lambda f, dup: math.log1p(f["functions"]),
    "more than 50 functions": lambda f, dup: 1.0 if f["functions"] > 50 else 0.0,
    "complex conditionals (log)": lambda f, dup: math.log1p(f["complexConditionals"]),
    "a complex conditional": lambda f, dup: 1.0 if f["complexConditionals"] > 0 else 0.0,
    "complex conditionals per 100 lines": lambda f, dup: 100.0 * f["complexConditionals"] / max(1, f["linesOfCode"]),
    "primitive share": lambda f, dup: share(f["primitiveParameters"], f["parameters"]),
    "primitive obsession (30 %)": lambda f, dup: 1.0 if share(f["primitiveParameters"], f["parameters"]) >= 0.30
    else 0.0,
    "string share": lambda f, dup: share(f["stringParameters"], f["parameters"]),
    "string-heavy arguments (39 %)": lambda f, dup: 1.0 if share(f["stringParameters"], f["parameters"]) >= 0.39
    else 0.0,
}
DUPLICATION_SIGNALS = {
    "duplicated lines (log)": lambda f, dup: math.log1p(dup.get(f["path"], 0)),
    "a duplicated block": lambda f, dup: 1.0 if dup.get(f["path"], 0) > 0 else 0.0,
    "duplicated share of the lines": lambda f, dup: dup.get(f["path"], 0) / max(1, f["linesOfCode"]),
}


def signals(directory, duplication_dir=None):
    data = load(directory, with_rows=True)
    duplication = {repo: json.load(open(os.path.join(duplication_dir, repo + ".json"), encoding="utf-8"))
                   for repo in data} if duplication_dir else {repo: {} for repo in data}
    candidates = dict(SIGNALS, **(DUPLICATION_SIGNALS if duplication_dir else {}))
    names = list(FEATURES)
    base = [names.index("size"), names.index("recent changes")]
    print("%d judged repositories; each signal added to logit(size, recent changes), left out in turn" % len(data))
    for signal, value in candidates.items():
        extended = {repo: np.hstack([d[0][:, base], np.array([[value(row, duplication[repo])] for row in d[4]])])
                    for repo, d in data.items()}
        present = np.mean(np.concatenate([x[:, -1] > 0 for x in extended.values()]))
        weight = fit(np.vstack(list(extended.values())), np.concatenate([d[1] for d in data.values()]))[-2]
        auc_deltas, recall_deltas = [], []
        for repo, (x, y, lines, fixes) in ((r, (extended[r],) + data[r][1:4]) for r in data):
            others = [other for other in data if other != repo]
            with_signal = fit(np.vstack([extended[o] for o in others]), np.concatenate([data[o][1] for o in others]))
            without = fit(np.vstack([extended[o][:, :2] for o in others]), np.concatenate([data[o][1] for o in others]))
            auc_deltas.append(auc(x @ with_signal[:-1], y) - auc(x[:, :2] @ without[:-1], y))
            recall_deltas.append(recall(x @ with_signal[:-1], lines, fixes) - recall(x[:, :2] @ without[:-1], lines, fixes))
        print("%-36s non-zero in %5.1f %% of files, weight %+.2f; left-out AUC raised on %2d of %d (median %+.4f), "
              "recall raised on %2d (median %+.4f)" % (signal, 100 * present, weight, sum(d > 0 for d in auc_deltas),
                                                     len(data), np.median(auc_deltas),
                                                     sum(d > 0 for d in recall_deltas), np.median(recall_deltas)))


if __name__ == "__main__":
    if "--biomarkers" in sys.argv:
        biomarkers(sys.argv[1])
    elif "--signals" in sys.argv:
        after = sys.argv[sys.argv.index("--signals") + 1:]
        signals(sys.argv[1], after[0] if after else None)
    else:
        main()
