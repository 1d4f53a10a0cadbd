#!/usr/bin/env bash
# The semantic tier's figures (docs/risk.md, "Semantic tier (measured)"): the composite and the semantic detector on the
# tuning part and the held-out part of every English set, and the semantic detector alone on es/fr/ar text.
# Usage, from the repository root: benchmarks/WellbeingKit.Semantic.Experiment/measure.sh [outdir]
# (DETECTORS="semantic" to re-run one side; TRAIN_ARGS="--without-sdcnl" for the head a package could ship)
# then: python3 benchmarks/WellbeingKit.Semantic.Experiment/combine.py [outdir]
set -euo pipefail
out=${1:-/tmp/semantic}; mkdir -p "$out"
dotnet build src/WellbeingKit.Cli -c Release -v q -nologo >/dev/null
dotnet build benchmarks/WellbeingKit.Semantic.Experiment -c Release -v q -nologo >/dev/null
W="dotnet src/WellbeingKit.Cli/bin/Release/net10.0/wellbeing.dll"
S=benchmarks/WellbeingKit.Semantic.Experiment/bin/Release/net10.0/WellbeingKit.Semantic.Experiment.dll
# the head: trained on the tuning parts only, written beside the assembly (embeddings cached in /tmp)
[ -f "$(dirname $S)/semantic-head.json" ] || dotnet $S train ${TRAIN_ARGS:-}
D=../shared/data; T=tests/data/risk
ev() { local det=$1 name=$2; shift 2
  if [ "$det" = semantic ]; then set -- --detector-assembly $S --detector semantic "$@"; else set -- --detector "$det" "$@"; fi
  echo "== $det $name"; $W eval risk --threshold moderate --predictions "$out/$det-$name.csv" --json "$out/$det-$name.json" "$@" | grep -v '^predictions:'; }
for det in ${DETECTORS:-composite semantic}; do
  for part in tuning held-out; do
    ev $det "sdcnl-$part" --data $D/sdcnl-train/training-set.csv --text-column title+selftext --label-column is_suicide --part $part
    ev $det "goemotions-dev-$part" --data $D/goemotions/dev.tsv --format goemotions --part $part
  done
  ev $det informal-tuning --data $T/informal-dev.csv
  ev $det informal-held-out --data $T/heldout-informal.csv
  ev $det hardcases-en-tuning --data $T/hardcases-en.csv --locale en
  ev $det hardcases-en-held-out --data $T/heldout-hardcases-en.csv --locale en
done
# What it does outside English (it must not be used there): held-out hard cases and everyday tweets.
ev semantic hardcases-other-held-out --data $T/heldout-hardcases-es.csv $T/heldout-hardcases-fr.csv $T/heldout-hardcases-ar.csv --locale-column lang --by lang
for l in es fr ar; do ev semantic "umsab-$l-held-out" --data $D/umsab/$l/train.txt --format lines --part held-out --locale $l; done
