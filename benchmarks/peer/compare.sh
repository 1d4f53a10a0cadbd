#!/usr/bin/env bash
# Side-by-side: WellbeingKit screening vs the npm package vader-sentiment, in one run.
#   benchmarks/peer/compare.sh <goemotions dev.tsv> <sdcnl training-set.csv> [messages=10000]
# Example: benchmarks/peer/compare.sh /work/shared/data/goemotions/dev.tsv /work/shared/data/sdcnl-train/training-set.csv
# Needs dotnet, node + npm, python3. Data stays where it is; inputs are built in a temporary folder that is deleted.
# Not part of the test suite. See docs/performance.md.
set -euo pipefail

if [[ $# -lt 2 ]]; then
  echo "usage: $0 <goemotions dev.tsv> <sdcnl training-set.csv> [messages=10000]" >&2
  exit 2
fi
goemotions=$1
sdcnl=$2
count=${3:-10000}
for f in "$goemotions" "$sdcnl"; do
  [[ -f $f ]] || { echo "$0: data file '$f' not found" >&2; exit 2; }
done

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "== setup" >&2
(cd "$here" && npm ci --no-audit --no-fund --silent)
dotnet build "$root/benchmarks/WellbeingKit.Benchmarks" -c Release -v q --nologo >&2
bench="$root/benchmarks/WellbeingKit.Benchmarks/bin/Release/net10.0/WellbeingKit.Benchmarks"
python3 "$here/prepare.py" sample "$goemotions" "$work/sample.jsonl" "$count"
python3 "$here/prepare.py" sdcnl "$sdcnl" "$work/sdcnl.jsonl"

echo "== machine: $(nproc) cores, $(lscpu | sed -n 's/^Model name: *//p' | head -1), dotnet $(dotnet --version), node $(node --version), vader-sentiment $(node -p "require('$here/node_modules/vader-sentiment/package.json').version"), load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2

run() { echo "$*" >&2; "$@"; }
# Throughput: the same $count GoEmotions messages, 3 passes each side (one process per side).
vader_speed=$(run node "$here/vader.js" "$work/sample.jsonl" 3)
lexicon_speed=$(run "$bench" screen-file --data "$work/sample.jsonl" --detector lexicon --passes 3)
composite_speed=$(run "$bench" screen-file --data "$work/sample.jsonl" --detector composite --passes 3)
# Crisis recall on SDCNL (is_suicide=1) and alarm rate on is_suicide=0; 3 passes, so the same runs give the speed on
# long posts (title + selftext, ~950 characters on average; issue 22).
vader_sdcnl=$(run node "$here/vader.js" "$work/sdcnl.jsonl" 3)
lexicon_sdcnl=$(run "$bench" screen-file --data "$work/sdcnl.jsonl" --detector lexicon --passes 3)
composite_sdcnl=$(run "$bench" screen-file --data "$work/sdcnl.jsonl" --detector composite --passes 3)

field() { sed -n "s/.*\b$2=\([^ ]*\).*/\1/p" <<<"$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }

vw=$(field "$vader_speed" msg_per_s); vc=$(field "$vader_speed" msg_per_cpu_s)
echo
echo "| Screener | msg/s (wall) | msg/s per CPU-second | × VADER (per CPU-second) | flagged on the GoEmotions sample | SDCNL crisis recall (is_suicide=1, n=$(field "$vader_sdcnl" crisis_n)) | alarm rate (is_suicide=0, n=$(field "$vader_sdcnl" other_n)) |"
echo "|---|---:|---:|---:|---:|---:|---:|"
row() {
  local name=$1 speed=$2 quality=$3
  echo "| $name | $(field "$speed" msg_per_s) | $(field "$speed" msg_per_cpu_s) | $(ratio "$(field "$speed" msg_per_cpu_s)" "$vc") | $(field "$speed" flagged) | $(field "$quality" recall) | $(field "$quality" alarm_rate) |"
}
row "vader-sentiment (npm), compound ≤ −0.5" "$vader_speed" "$vader_sdcnl"
row "WellbeingKit lexicon, level ≥ High" "$lexicon_speed" "$lexicon_sdcnl"
row "WellbeingKit composite (lexicon + ML), level ≥ High" "$composite_speed" "$composite_sdcnl"
echo
lc=$(field "$vader_sdcnl" msg_per_cpu_s)
echo "Long posts: the $(field "$vader_sdcnl" crisis_n)+$(field "$vader_sdcnl" other_n) SDCNL posts × 3 passes"
echo
echo "| Screener | posts/s (wall) | posts/s per CPU-second | × VADER (per CPU-second) |"
echo "|---|---:|---:|---:|"
for pair in "vader-sentiment (npm)|$vader_sdcnl" "WellbeingKit lexicon|$lexicon_sdcnl" "WellbeingKit composite (lexicon + ML)|$composite_sdcnl"; do
  echo "| ${pair%%|*} | $(field "${pair#*|}" msg_per_s) | $(field "${pair#*|}" msg_per_cpu_s) | $(ratio "$(field "${pair#*|}" msg_per_cpu_s)" "$lc") |"
done
echo
echo "Throughput over $count GoEmotions dev messages × 3 passes; wall-clock ratio lexicon/VADER $(ratio "$(field "$lexicon_speed" msg_per_s)" "$vw"), composite/VADER $(ratio "$(field "$composite_speed" msg_per_s)" "$vw")."
echo "Raw:"
printf '  %s\n' "$vader_speed" "$lexicon_speed" "$composite_speed" "$vader_sdcnl" "$lexicon_sdcnl" "$composite_sdcnl"
