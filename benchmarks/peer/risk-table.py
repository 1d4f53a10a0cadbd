#!/usr/bin/env python3
"""Per-language x per-kind table (issue 16) from the predictions files of benchmarks/peer/risk-figures.sh.

Usage: benchmarks/peer/risk-table.py /tmp/out/hardcases-held-out.csv [/tmp/out/hardcases-tuning.csv ...]
Prints one Markdown table per file: a row per kind, a column per language; a crisis kind shows recall (caught/total),
a non-crisis kind false alarms (flagged/total). Reads only the predictions of the kit's own written sets."""
import csv
import sys
from collections import defaultdict

# The category a caught message of these kinds should get first (abuse is not suicidal ideation).
EXPECTED = {"child-abuse": "child-abuse", "partner-violence": "abuse-or-violence", "harm-others": "harm-to-others",
            "self-harm-slang": "self-harm"}

for path in sys.argv[1:]:
    cells = defaultdict(lambda: [0, 0])  # (kind, crisis, lang) -> [flagged, n]
    categorized = defaultdict(lambda: [0, 0])  # kind -> [first category as expected, flagged]
    langs, kinds = set(), set()
    with open(path, newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            lang = row.get("lang", "all") or "all"
            key = (row["kind"], row["crisis"] == "1", lang)
            cells[key][0] += row["predicted"] == "1"
            cells[key][1] += 1
            langs.add(lang)
            if row["predicted"] == "1" and row["kind"] in EXPECTED:
                first = (row.get("categories") or "").split(";")[0]
                categorized[row["kind"]][0] += first == EXPECTED[row["kind"]]
                categorized[row["kind"]][1] += 1
            kinds.add((row["crisis"] != "1", row["kind"]))
    langs = sorted(langs)
    print(f"\n{path}\n")
    print("| kind | " + " | ".join(langs) + " | all |")
    print("|---|" + "---:|" * (len(langs) + 1))
    for negative, kind in sorted(kinds):
        label = f"{kind} ({'false alarms' if negative else 'recall'})"
        parts, tot = [], [0, 0]
        for lang in langs:
            flagged, n = cells[(kind, not negative, lang)]
            tot[0] += flagged
            tot[1] += n
            parts.append(f"{flagged}/{n}" if n else "")
        print(f"| {label} | " + " | ".join(parts) + f" | {tot[0]}/{tot[1]} |")
    if categorized:
        print("\nfirst category as expected, of the caught messages: " + ", ".join(
            f"{kind} {ok}/{n}" for kind, (ok, n) in sorted(categorized.items())))
