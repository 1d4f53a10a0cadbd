#!/usr/bin/env python3
"""One line per predictions file of benchmarks/peer/risk-figures.sh: recall and false alarms, and the same without the
fail-safe escalations (a detector that timed out, typically while a model loads on a loaded machine: RiskScreener gives
it the escalation threshold, Moderate, with score 1, which no detector's own Moderate reaches), whose count is shown. Usage: risk-summary.py /tmp/out"""
import csv
import glob
import os
import sys

csv.field_size_limit(1 << 30)
LEVELS = {"None": 0, "Low": 1, "Moderate": 2, "High": 3, "Imminent": 4}

for path in sorted(glob.glob(os.path.join(sys.argv[1], "*.csv"))):
    with open(path, newline="", encoding="utf-8") as f:
        rows = list(csv.DictReader(f))
    if not rows:
        continue
    label = "is_suicide" if "is_suicide" in rows[0] else "crisis"
    counts = {"all": [0, 0, 0, 0], "kept": [0, 0, 0, 0]}  # tp fp tn fn
    failures = 0
    for row in rows:
        truth = row[label] == "1"
        flagged = row["predicted"] == "1"
        failure = flagged and row["level"] == "Moderate" and float(row["score"] or 0) >= 1.0
        failures += failure
        index = (0 if truth else 1) if flagged else (3 if truth else 2)
        counts["all"][index] += 1
        if not failure:
            counts["kept"][index] += 1

    def fmt(c):
        tp, fp, tn, fn = c
        recall = f"{tp / (tp + fn):.3f} ({tp}/{tp + fn})" if tp + fn else "n/a"
        alarms = f"{fp / (fp + tn):.3f} ({fp}/{fp + tn})" if fp + tn else "n/a"
        return f"recall {recall}, false alarms {alarms}"

    name = os.path.basename(path)[:-4]
    print(f"{name}: {fmt(counts['all'])}; without {failures} time-out escalations: {fmt(counts['kept'])}")
