#!/usr/bin/env bash
# The issue 16 figures: every set on its tuning part and on its held-out part (docs/risk.md, "Splits"), composite
# detector at the Moderate threshold. Usage: benchmarks/peer/risk-figures.sh [outdir] [detector]
# Run from the repository root; reads ../shared/data (never copied into the repo).
set -euo pipefail
out=${1:-/tmp/risk-figures}; det=${2:-composite}; mkdir -p "$out"
dotnet build src/WellbeingKit.Cli -c Release -v q -nologo >/dev/null
W="dotnet src/WellbeingKit.Cli/bin/Release/net10.0/wellbeing.dll"
D=../shared/data; T=tests/data/risk
ev() { local name=$1; shift; echo "== $name"; $W eval risk --detector "$det" --threshold moderate --predictions "$out/$name.csv" --json "$out/$name.json" "$@" | grep -v '^predictions:'; }
for part in tuning held-out; do
  ev "sdcnl-$part" --data $D/sdcnl-train/training-set.csv --text-column title+selftext --label-column is_suicide --part $part
  ev "goemotions-dev-$part" --data $D/goemotions/dev.tsv --format goemotions --part $part
  for l in es fr ar; do
    ev "umsab-$l-train-$part-locale" --data $D/umsab/$l/train.txt --format lines --part $part --locale $l
    ev "umsab-$l-train-$part-en" --data $D/umsab/$l/train.txt --format lines --part $part --locale en
  done
done
# umsab val: wholly held out (never tuned on)
for l in es fr ar; do
  ev "umsab-$l-val-locale" --data $D/umsab/$l/val.txt --format lines --locale $l
  ev "umsab-$l-val-en" --data $D/umsab/$l/val.txt --format lines --locale en
done
# written sets: tuning files and held-out files (held-out files are never looked at while tuning)
ev hardcases-tuning --data $T/hardcases-en.csv $T/hardcases-es.csv $T/hardcases-fr.csv $T/hardcases-fr-2.csv $T/hardcases-ar.csv --locale-column lang --by lang,kind
ev hardcases-held-out --data $T/heldout-hardcases-en.csv $T/heldout-hardcases-es.csv $T/heldout-hardcases-fr.csv $T/heldout-hardcases-ar.csv --locale-column lang --by lang,kind
ev informal-tuning --data $T/informal-dev.csv --by kind
ev informal-held-out --data $T/heldout-informal.csv --by kind
# conversation cases (issue 16, point 7): each row's earlier messages in the history column; the tuning file and the held-out one
ev context-tuning --data $T/context-tuning.csv --history-column history --locale-column lang --by expect,kind,lang
ev context-held-out --data $T/heldout-context.csv --history-column history --locale-column lang --by expect,kind,lang
