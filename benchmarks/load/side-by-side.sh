#!/usr/bin/env bash
# Issue 22's before/after load table in one command: builds the load host from the commit before issue 22's work (in a
# git worktree it creates) and from this checkout, then runs run.sh for SQLite with 1 host, PostgreSQL with 1 host and
# PostgreSQL with 2 hosts, before and after one after the other (so both see the same machine), and prints the Markdown
# table of docs/performance.md. About 15-20 minutes on a quiet machine; it starts no new run once --budget minutes of
# measuring have passed (building comes first and is not counted: a few minutes, or none when already built).
#
#   benchmarks/load/side-by-side.sh [--before 2efc3ae] [--seconds 10] [--budget 22] [--out DIR] [--spin]
#                                   [--sqlite-rates 300,600,...] [--postgres-rates 200,400,...] [--only sqlite|postgres]
#
# --before: the "before" commit (default 2efc3ae = b0d4fec^, main just before the load test, group commit, PostgreSQL
# rows and readiness landed). --seconds: seconds per step (each run: readiness, 10 s warm-up, the ramp, then 25/50/100 %
# of the knee). --spin: one more run, the current build on SQLite with DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=70,
# .NET's default thread-pool spinning (the load host, like the education sample, sets it to 0 in its runtimeconfig; both
# builds get that setting, since the host project is copied into the before checkout), so the spinning's cost shows.
# --out: where the raw outputs go (default a new /tmp/wk-side-by-side-* folder, kept).
# Short trial: --seconds 2 --sqlite-rates 100,200 --postgres-rates 100,200 --budget 10.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
before=2efc3ae seconds=10 budget=22 out="" spin=false only="" report=""
sqlite_rates=300,600,900,1200,1500,1800,2100,2400,2700
postgres_rates=200,400,600,800,1000,1200,1400,1600
while [ $# -gt 0 ]; do
  case "$1" in
    --before) before="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --budget) budget="$2"; shift 2 ;;
    --out) out="$2"; shift 2 ;;
    --spin) spin=true; shift ;;
    --report) report="$2"; shift 2 ;;
    --only) only="$2"; shift 2 ;;
    --sqlite-rates) sqlite_rates="$2"; shift 2 ;;
    --postgres-rates) postgres_rates="$2"; shift 2 ;;
    *) echo "side-by-side.sh: unknown argument '$1' (see the comment at the top)" >&2; exit 2 ;;
  esac
done
runs=()
[ "$only" = postgres ] || runs+=("sqlite 1 before" "sqlite 1 after")
[ "$only" = sqlite ] || runs+=("postgres 1 before" "postgres 1 after" "postgres 2 before" "postgres 2 after")
[ "$spin" = false ] || [ "$only" = postgres ] || runs+=("sqlite 1 after-spin70")
[ -z "$report" ] || out="$report"
out="${out:-$(mktemp -d /tmp/wk-side-by-side-XXXXXX)}"
mkdir -p "$out"
start=$(date +%s)
if [ -z "$report" ]; then

# The "before" checkout: a detached worktree next to this one, created once and reused.
base="$repo/../wt-load-before-$(git -C "$repo" rev-parse --short "$before")"
if [ ! -d "$base" ]; then
  git -C "$repo" worktree add -q --detach "$base" "$before" >/dev/null
fi
base="$(cd "$base" && pwd)"

echo "# side by side: before = $(git -C "$base" log -1 --format='%h %ad' --date=short), after = $(git -C "$repo" log -1 --format='%h %ad' --date=short)$(git -C "$repo" diff --quiet HEAD -- src benchmarks || echo ' + uncommitted changes'); raw output in $out" | tee "$out/summary.md"
echo "# building (Release): generator, host after, host before" | tee -a "$out/summary.md"
"$here/run.sh" --build-only >"$out/build-after.txt" 2>&1 || { cat "$out/build-after.txt"; exit 1; }
"$here/run.sh" --build-only --src "$base" >"$out/build-before.txt" 2>&1 || { cat "$out/build-before.txt"; exit 1; }
echo "# built in $(( $(date +%s) - start )) s; load average $(cut -d' ' -f1-3 /proc/loadavg)" | tee -a "$out/summary.md"
start=$(date +%s) # the budget counts the measurements only

measure() {
  local store=$1 hosts=$2 build=$3 rates=$sqlite_rates args=()
  [ "$store" = sqlite ] || rates=$postgres_rates
  case "$build" in
    before) args+=(--src "$base") ;;
    after-spin70) args+=(--host-env DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=70) ;;
  esac
  "$here/run.sh" --no-build --store "$store" --hosts "$hosts" --rates "$rates" --seconds "$seconds" "${args[@]}" \
    >"$out/$store-$hosts-$build.txt" 2>&1 || echo "# run.sh failed: see $out/$store-$hosts-$build.txt" >>"$out/$store-$hosts-$build.txt"
}

for run in "${runs[@]}"; do
  if (( $(date +%s) - start > budget * 60 )); then
    echo "# budget of $budget minutes used: '$run' and the runs after it were not started" | tee -a "$out/summary.md"
    break
  fi
  echo "# $(date -u +%H:%M:%S) UTC  $run  (load average $(cut -d' ' -f1-3 /proc/loadavg))" | tee -a "$out/summary.md"
  measure $run
done
fi

# The table: one block of rows per run (the ramp's last rows and the 25/50/100 % steps), with the knee.
{
  echo
  echo "| store, hosts | build | turns/s at p99 < 200 ms (knee) | step | target/s | achieved/s | p50 ms | p90 ms | p99 ms | max ms | errors | crisis with helplines | host CPU ms/turn | generator ms/turn | PostgreSQL ms/turn | machine busy | load avg |"
  echo "|---|---|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for run in "${runs[@]}"; do
    set -- $run
    file="$out/$1-$2-$3.txt"
    [ -f "$file" ] || continue
    name="$( [ "$1" = sqlite ] && echo SQLite || echo PostgreSQL ), $2"
    knee="$(sed -n 's/^# highest rate with p99 < [0-9]* ms and no errors: \([0-9]*\)\/s.*/\1/p' "$file")"
    if grep -q '^| [0-9]* \?% of ' "$file"; then
      rows="$(grep '^| [0-9]* \?% of ' "$file")"   # the knee's 25/50/100 % steps
    else
      rows="$(grep '^| ramp ' "$file" | tail -1 || true)" # no good rate: the first (failed) ramp step
      knee="none"
    fi
    [ -n "$rows" ] || rows="| (no result: $(grep -m1 -E 'Exception|failed' "$file" | cut -c1-80 || true)) | | | | | | | | | | | | | |"
    while IFS= read -r row; do
      [ -n "$row" ] && echo "| $name | $3 | ${knee:-none} ${row}"
    done <<<"$rows"
    conns="$(sed -n 's/^# PostgreSQL connections at the end: //p' "$file")"
    [ -z "$conns" ] || echo "| $name | $3 | PostgreSQL connections at the end: $conns | | | | | | | | | | | | | | |"
  done
  echo
  echo "# finished $(date -u +%H:%M:%S) UTC after $(( ($(date +%s) - start) / 60 )) min; load average $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee -a "$out/summary.md"
