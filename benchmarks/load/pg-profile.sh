#!/usr/bin/env bash
# What PostgreSQL does per turn, counted by the server itself: one load host on a throw-away cluster (127.0.0.1, default
# settings plus the pg_stat_statements module), a warm-up, then a measured step at a fixed rate. Prints, per turn:
# statements (with calls, rows, mean time and WAL bytes of each), transactions, WAL bytes and records (pg_stat_wal),
# and the PostgreSQL CPU per turn the generator reads from /proc. Counts, rows and WAL bytes do not depend on how busy
# the machine is; times and CPU do (the load average is printed).
#
#   benchmarks/load/pg-profile.sh [--rate 200] [--seconds 20] [--warmup-seconds 20] [--users 10000] [--src <checkout>]
#                                 [--no-build]
#
# --src: profile the host built from another checkout (as run.sh --src, for an older commit in a git worktree).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
rate=200 seconds=20 warmup=20 users=10000 src="$repo" nobuild=()
while [ $# -gt 0 ]; do
  case "$1" in
    --rate) rate="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --warmup-seconds) warmup="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --src) src="$(cd "$2" && pwd)"; shift 2 ;;
    --no-build) nobuild=(--no-build); shift ;;
    *) echo "pg-profile.sh: unknown argument '$1' (see the comment at the top)" >&2; exit 2 ;;
  esac
done

"$here/run.sh" --build-only --src "$src" "${nobuild[@]}" >/dev/null
gen="$here/WellbeingKit.LoadGen/bin/Release/net10.0/WellbeingKit.LoadGen.dll"
hostdir="$src/benchmarks/load/WellbeingKit.LoadHost/bin/Release/net10.0"
work="$(mktemp -d /tmp/wk-pgprof-XXXXXX)"
chmod 755 "$work"
pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
pgdata="$work/pg"
host=""
cleanup() {
  [ -z "$host" ] || { kill "$host" 2>/dev/null; wait "$host" 2>/dev/null || true; }
  [ ! -f "$pgdata/postmaster.pid" ] || runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

mkdir -p "$pgdata" && chown postgres "$work" "$pgdata"
runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U wk --auth=trust --encoding=UTF8 --no-locale >/dev/null
pgport=$(( 20000 + RANDOM % 20000 ))
runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1 -c shared_preload_libraries=pg_stat_statements -c pg_stat_statements.track=all -c pg_stat_statements.max=1000 -c pg_stat_statements.track_planning=on" start >/dev/null
psql() { runuser -u postgres -- "$pgbin/psql" -h "$work" -p "$pgport" -U wk -d postgres -X -q "$@"; }
psql -c 'CREATE EXTENSION pg_stat_statements'

port=$(( 41000 + RANDOM % 20000 ))
(cd "$hostdir" && exec dotnet WellbeingKit.LoadHost.dll --store postgres --connection "Host=127.0.0.1;Port=$pgport;Username=wk;Database=postgres" --keys "$work/wellbeing.keys" --port "$port" >"$work/host.log" 2>&1) &
host=$!
postmaster="$(head -1 "$pgdata/postmaster.pid")"
echo "# host built from $src ($(git -C "$src" log -1 --format='%h %s' | cut -c1-80))"
# Warm-up: readiness, then turns that give the users a history (seed 1); the measured step uses other messages (seed 2).
dotnet "$gen" --url "http://127.0.0.1:$port" --rates "$rate" --seconds "$warmup" --users "$users" --warmup-seconds 0 --seed 1 >"$work/warmup.txt"
# CPU ticks (utime stime) of the postmaster and each child, by kind (client backends summed), from /proc.
pgcpu() {
  for pid in "$postmaster" $(ps -o pid= --ppid "$postmaster"); do
    [ -r "/proc/$pid/stat" ] || continue
    kind="$(tr '\0' ' ' <"/proc/$pid/cmdline" | sed -E 's/^postgres: //; s/^wk postgres .*/client backends/; s/^(\/.*postgres) .*/postmaster/; s/ +$//')"
    stat="$(sed 's/.*) //' "/proc/$pid/stat")"
    echo "$kind|$(echo "$stat" | cut -d' ' -f12)|$(echo "$stat" | cut -d' ' -f13)|$(echo "$stat" | cut -d' ' -f14)|$(echo "$stat" | cut -d' ' -f15)"
  done
}
sleep 11 # the warm-up's statistics reach the server before the reset
psql -c 'SELECT pg_stat_statements_reset(); SELECT pg_stat_reset_shared($$wal$$); SELECT pg_stat_reset();' >/dev/null
psql -Atc "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'postgres'" >"$work/xact0"
pgcpu >"$work/cpu0"
dotnet "$gen" --url "http://127.0.0.1:$port" --host-pid "$host" --postmaster "$postmaster" --rates "$rate" --seconds "$seconds" --users "$users" --warmup-seconds 0 --seed 2 | tee "$work/step.txt"
sleep 11 # backends flush their table and WAL statistics within 10 s of going idle
pgcpu >"$work/cpu1"
# A turn is a saved conversation (a new one inserted or an existing one updated): counted by the server, so turns that
# the generator gave up on but the host finished still count, and a conflict that was retried counts once.
turns=$(psql -Atc "SELECT n_tup_ins + n_tup_upd FROM pg_stat_user_tables WHERE relname = 'conversations'")
[ -n "$turns" ] && [ "$turns" -gt 0 ] || { echo "no turns measured" >&2; cat "$work/host.log" >&2; exit 1; }
xact=$(( $(psql -Atc "SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = 'postgres'") - $(cat "$work/xact0") ))
echo "# PostgreSQL CPU per turn (ms, from /proc; clock ticks of 10 ms):"
awk -F'|' -v turns="$turns" 'NR == FNR { u[$1] -= $2 + $4; s[$1] -= $3 + $5; next } { u[$1] += $2 + $4; s[$1] += $3 + $5 }
  END { for (k in u) if (u[k] + s[k] > 0) { printf "#   %-28s user %.3f  system %.3f\n", k, u[k] * 10 / turns, s[k] * 10 / turns; tu += u[k]; ts += s[k] }
        printf "#   %-28s user %.3f  system %.3f  total %.3f\n", "all", tu * 10 / turns, ts * 10 / turns, (tu + ts) * 10 / turns }' "$work/cpu0" "$work/cpu1"
echo "# per turn, $turns turns ($rate/s for $seconds s, $users users); load average $(cut -d' ' -f1-3 /proc/loadavg)"
psql -P footer=off -c "
SELECT round(calls::numeric / $turns, 3) AS calls_per_turn, round(rows::numeric / greatest(calls, 1), 2) AS rows_per_call,
       round(mean_exec_time::numeric, 3) AS mean_ms, round(plans::numeric / greatest(calls, 1), 2) AS plans_per_call, round(total_plan_time::numeric / $turns, 4) AS plan_ms_per_turn, round(total_exec_time::numeric / $turns, 4) AS ms_per_turn,
       round(wal_bytes::numeric / $turns) AS wal_bytes_per_turn, round((shared_blks_hit + shared_blks_read)::numeric / $turns, 1) AS buffers_per_turn, left(regexp_replace(query, '\s+', ' ', 'g'), 110) AS statement
FROM pg_stat_statements WHERE calls > 0 AND query NOT LIKE '%pg_stat%' ORDER BY total_exec_time DESC LIMIT 25"
psql -P footer=off -c "
SELECT round(sum(calls)::numeric / $turns, 2) AS statements_per_turn, round(sum(total_exec_time)::numeric / $turns, 4) AS exec_ms_per_turn, round(sum(total_plan_time)::numeric / $turns, 4) AS plan_ms_per_turn,
       round(sum(wal_bytes)::numeric / $turns) AS statement_wal_bytes_per_turn, round(sum(shared_blks_hit + shared_blks_read)::numeric / $turns, 1) AS buffers_per_turn, round($xact::numeric / $turns, 2) AS transactions_per_turn
FROM pg_stat_statements WHERE query NOT LIKE '%pg_stat%'"
psql -P footer=off -c "SELECT round(wal_records::numeric / $turns, 1) AS wal_records_per_turn, round(wal_bytes / $turns) AS wal_bytes_per_turn, round(wal_fpi::numeric / $turns, 2) AS full_page_images_per_turn, wal_sync FROM pg_stat_wal"
psql -P footer=off -c "SELECT relname AS table_name, round(n_tup_ins::numeric / $turns, 2) AS inserted, round(n_tup_upd::numeric / $turns, 2) AS updated, round(n_tup_hot_upd::numeric / $turns, 2) AS hot_updated, round(n_tup_del::numeric / $turns, 2) AS deleted, round(idx_scan::numeric / $turns, 2) AS index_scans, autovacuum_count + autoanalyze_count AS autovacuum_and_analyze_runs FROM pg_stat_user_tables WHERE n_tup_ins + n_tup_upd + n_tup_del + coalesce(idx_scan, 0) > 0 ORDER BY relname"
echo "# client connections at the end: $(psql -Atc "SELECT count(*) FROM pg_stat_activity WHERE backend_type = 'client backend'") (this psql included)"
