#!/usr/bin/env python3
"""The semantic tier against the composite and as a third input beside it (docs/risk.md, "Semantic tier (measured)").
Reads the predictions of measure.sh; the semantic thresholds come from the head file (set on the calibration rows of
the tuning part), never from held-out rows. Composite rows escalated by a time-out (Moderate with score 1, the fail-safe
on a loaded machine) are left out of every column, and counted. Usage: combine.py [outdir] [head.json]"""
import csv
import json
import os
import sys

csv.field_size_limit(1 << 30)
out = sys.argv[1] if len(sys.argv) > 1 else "/tmp/semantic"
head_path = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(__file__), "semantic-head.json")
head = json.load(open(head_path, encoding="utf-8"))
points = head["operating_points"]


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def rate(hit, total):
    return f"{hit / total:.3f} ({hit}/{total})" if total else "n/a"


print(f"semantic Moderate threshold {head['moderate_threshold']:.4f}; operating points (calibration everyday alarms): "
      + ", ".join(f"{k} = {v:.4f}" for k, v in points.items()))
for name in ["sdcnl", "goemotions-dev", "informal", "hardcases-en"]:
    for part in ["tuning", "held-out"]:
        c_path = os.path.join(out, f"composite-{name}-{part}.csv")
        s_path = os.path.join(out, f"semantic-{name}-{part}.csv")
        if not (os.path.exists(c_path) and os.path.exists(s_path)):
            continue
        comp, sem = read(c_path), read(s_path)
        assert len(comp) == len(sem), f"{name}-{part}: row counts differ"
        label = "is_suicide" if "is_suicide" in comp[0] else "crisis"
        rows = []
        failures = 0
        for c, s in zip(comp, sem):
            if c["predicted"] == "1" and c["level"] == "Moderate" and float(c["score"] or 0) >= 1.0:
                failures += 1
                continue
            rows.append((c[label] == "1", c["predicted"] == "1", s["predicted"] == "1", float(s["score"] or 0)))
        for what, group in (("recall", [r for r in rows if r[0]]), ("false alarms", [r for r in rows if not r[0]])):
            if not group:
                continue

            def show(flag, group=group):
                return rate(sum(1 for r in group if flag(r)), len(group))

            line = [f"{name} {part} {what}{' (' + str(failures) + ' time-outs left out)' if failures else ''}:",
                    f"composite {show(lambda r: r[1])}",
                    f"semantic {show(lambda r: r[2])}",
                    f"composite+semantic {show(lambda r: r[1] or r[2])}"]
            for k, t in points.items():
                line.append(f"composite+semantic@{k} {show(lambda r, t=t: r[1] or r[3] >= t)}")
            print("\n  ".join(line))
