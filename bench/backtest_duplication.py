#!/usr/bin/env python3
"""Duplicated lines per ranked file at T0, by PMD's copy-paste detector, for bench/backtest_fit.py --duplication.

Usage: bench/backtest_duplication.py BACKTEST_DIR CORPUS_DIR OUT_DIR [REPOSITORY...]
  For each judged backtest BACKTEST_DIR/<name>.json (bench/backtest.sh), writes the ranked files as they were at T0
  (git cat-file from CORPUS_DIR/<name>, into a temporary directory outside the clone: nothing is written into it),
  runs CPD on them (at least 75 tokens, about 10 lines; literals ignored, so blocks that differ only in constants
  match; identifiers are not ignored, as CPD 7.27 fails on some projects with that option) and writes
  OUT_DIR/<name>.json: path -> lines inside a duplicated block. PMD 7.27.0 is fetched with the Maven wrapper
  (bench/duplication/pom.xml) into OUT_DIR/pmd the first time.
"""
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree

HERE = os.path.dirname(os.path.abspath(__file__))
CPD_NAMESPACE = "{https://pmd-code.org/schema/cpd-report}"


def pmd_classpath(out):
    lib = os.path.join(out, "pmd")
    if not os.path.isdir(lib):
        subprocess.run([os.path.join(HERE, "..", "mvnw"), "-B", "-q", "-f", os.path.join(HERE, "duplication", "pom.xml"),
                        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies",
                        "-DoutputDirectory=" + lib], check=True)
    return os.path.join(lib, "*")


def duplicated_lines(report, tree):
    lines = {}
    for duplication in ElementTree.parse(report).getroot().iter(CPD_NAMESPACE + "duplication"):
        for block in duplication.iter(CPD_NAMESPACE + "file"):
            path = os.path.relpath(block.get("path"), tree)
            lines.setdefault(path, set()).update(range(int(block.get("line")), int(block.get("endline")) + 1))
    return {path: len(numbers) for path, numbers in sorted(lines.items())}


def main():
    backtests, corpus, out = sys.argv[1:4]
    only = set(sys.argv[4:])
    os.makedirs(out, exist_ok=True)
    classpath = pmd_classpath(out)
    for path in sorted(glob.glob(os.path.join(backtests, "*.json"))):
        result = json.load(open(path, encoding="utf-8"))
        name = result["repository"]
        if not result.get("judged") or only and name not in only:
            continue
        tree = tempfile.mkdtemp(prefix="cpd-")
        try:
            for row in result["rankedFiles"]:
                blob = subprocess.run(["git", "-C", os.path.join(corpus, name), "cat-file", "blob",
                                       result["t0"]["commit"] + ":" + row["path"]], capture_output=True, check=True)
                target = os.path.join(tree, row["path"])
                os.makedirs(os.path.dirname(target), exist_ok=True)
                with open(target, "wb") as file:
                    file.write(blob.stdout)
            report = os.path.join(tree, "cpd.xml")
            subprocess.run(["java", "-Xmx4g", "-cp", classpath, "net.sourceforge.pmd.cli.PmdCli", "cpd",
                            "--minimum-tokens", "75", "--ignore-literals", "--skip-lexical-errors",
                            "--no-fail-on-violation", "--format", "xml", "--report-file", report, "--dir", tree],
                           capture_output=True, check=True)
            lines = duplicated_lines(report, tree)
            json.dump(lines, open(os.path.join(out, name + ".json"), "w", encoding="utf-8"), indent=0, sort_keys=True)
            print("%s: %d of %d files hold duplicated code" % (name, len(lines), len(result["rankedFiles"])))
        finally:
            shutil.rmtree(tree, ignore_errors=True)


if __name__ == "__main__":
    main()
