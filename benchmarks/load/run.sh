#!/usr/bin/env bash
# The load test of docs/performance.md: builds the load host and generator (Release), starts the store (SQLite file or a
# throw-away PostgreSQL cluster on 127.0.0.1 with default settings), one or two hosts on 127.0.0.1, waits until they are
# ready, and runs the open-loop generator. Everything is bounded and stops by itself; temporary files are deleted.
#
#   benchmarks/load/run.sh --store sqlite|postgres [--hosts 1|2] [--rates 400,800,...] [--seconds 20]
#                          [--users 10000] [--crisis 0.01] [--src <checkout>] [--host-env NAME=VALUE ...] [--no-build|--build-only]
#
# --rates: the ramp. The generator stops at the first rate with p99 >= 200 ms or an error, then runs 25/50/100 % of the
# last good rate (the table of docs/performance.md). --src: build the host from another checkout of the repository
# (for example an older commit in a git worktree) to compare before and after on the same machine. --host-env: an
# environment variable for the hosts only (for example DOTNET_ThreadPool_UnfairSemaphoreSpinLimit=70). --no-build: use
# the binaries an earlier run built; --build-only: build and stop (side-by-side.sh builds once, then measures).
# Other arguments go to the generator (see WellbeingKit.LoadGen/Program.cs: --warmup-seconds, --connections, ...);
# --keep-going runs each rate in turn without the ramp (the fixed-rate CPU-per-turn runs of docs/performance.md).
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
store=sqlite hosts=1 rates="400,800,1200,1600,2000,2400" seconds=20 users=10000 crisis=0.01 src="$repo" extra=() hostenv=() nobuild=false buildonly=false
while [ $# -gt 0 ]; do
  case "$1" in
    --store) store="$2"; shift 2 ;;
    --hosts) hosts="$2"; shift 2 ;;
    --rates) rates="$2"; shift 2 ;;
    --seconds) seconds="$2"; shift 2 ;;
    --users) users="$2"; shift 2 ;;
    --crisis) crisis="$2"; shift 2 ;;
    --src) src="$(cd "$2" && pwd)"; shift 2 ;;
    --host-env) hostenv+=("$2"); shift 2 ;;
    --no-build) nobuild=true; shift ;;
    --build-only) buildonly=true; shift ;;
    *) extra+=("$1"); shift ;;
  esac
done
case "$store" in sqlite|postgres) ;; *) echo "--store must be sqlite or postgres" >&2; exit 2 ;; esac
case "$hosts" in 1|2) ;; *) echo "--hosts must be 1 or 2" >&2; exit 2 ;; esac
[ "$store" = postgres ] || [ "$hosts" = 1 ] || { echo "two hosts need --store postgres" >&2; exit 2; }

work="$(mktemp -d /tmp/wk-load-XXXXXX)"
chmod 755 "$work"
pids=()
pgbin="" pgdata=""
cleanup() {
  for p in "${pids[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null && wait "$p" 2>/dev/null; done
  if [ -n "$pgdata" ] && [ -f "$pgdata/postmaster.pid" ]; then
    runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -m fast -w stop >/dev/null 2>&1 || true
  fi
  rm -rf "$work"
}
trap cleanup EXIT INT TERM

# Build (incremental): the generator from this checkout; the host from --src (a copy of this host project, so an older
# checkout works). A failed build prints its log.
build() {
  if [ "$nobuild" = true ]; then [ -d "$1/bin/Release/net10.0" ] || { echo "--no-build: $1 is not built" >&2; exit 1; }; return; fi
  dotnet build "$1" -c Release -v q -nologo "${@:2}" >"$work/build.log" 2>&1 || { cat "$work/build.log"; exit 1; }
}
build "$here/WellbeingKit.LoadGen"
gen="$here/WellbeingKit.LoadGen/bin/Release/net10.0/WellbeingKit.LoadGen.dll"
hostproj="$here/WellbeingKit.LoadHost"
baseline=false
if [ "$src" != "$repo" ] && [ "$nobuild" = false ]; then
  mkdir -p "$src/benchmarks/load/WellbeingKit.LoadHost"
  cp "$hostproj/Program.cs" "$hostproj/WellbeingKit.LoadHost.csproj" "$src/benchmarks/load/WellbeingKit.LoadHost/"
  hostproj="$src/benchmarks/load/WellbeingKit.LoadHost"
  grep -rq AddWellbeingKitReadiness "$src/src" || baseline=true
elif [ "$src" != "$repo" ]; then
  hostproj="$src/benchmarks/load/WellbeingKit.LoadHost"
fi
build "$hostproj" -p:KitBaseline=$baseline
hostdir="$hostproj/bin/Release/net10.0"
[ "$buildonly" = false ] || { echo "# built: generator and the host from $src"; exit 0; }
echo "# host built from $src ($(git -C "$src" log -1 --format='%h %s' | cut -c1-80)), store $store, $hosts host(s)"

# A port nobody listens on, below the kernel's ephemeral range (32768-60999 here), so that no outgoing connection of this
# or another program can hold it: a host whose port was taken exited at once, and the generator then waited its 120 s.
free_port() {
  local p
  while :; do
    p=$(( 20000 + RANDOM % 12000 ))
    ss -Htan "sport = :$p" | grep -q . || { echo "$p"; return; }
  done
}

# Waits until every host answers /health/ready; a host that exits first fails the run at once with the end of its log.
wait_ready() {
  local i deadline=$(( $(date +%s) + 300 ))
  for i in $(seq 1 "$hosts"); do
    until curl -fs -o /dev/null --max-time 5 "http://127.0.0.1:${ports[$((i - 1))]}/health/ready"; do
      if ! kill -0 "${pids[$((i - 1))]}" 2>/dev/null; then
        echo "# host $i exited before it was ready; the end of its log:" >&2
        tail -30 "$work/host$i.log" >&2
        exit 1
      fi
      if (( $(date +%s) > deadline )); then
        echo "# host $i was not ready after 300 s; the end of its log:" >&2
        tail -30 "$work/host$i.log" >&2
        exit 1
      fi
      sleep 1
    done
  done
}

postmaster_args=()
if [ "$store" = postgres ]; then
  pgbin="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
  pgdata="$work/pg"
  mkdir -p "$pgdata" && chown postgres "$work" "$pgdata"
  runuser -u postgres -- "$pgbin/initdb" -D "$pgdata" -U wk --auth=trust --encoding=UTF8 --no-locale >/dev/null
  pgport=$(free_port)
  # Default settings (max_connections 100, fsync and synchronous_commit on), listening on 127.0.0.1 only.
  runuser -u postgres -- "$pgbin/pg_ctl" -D "$pgdata" -l "$work/pg.log" -w -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" start >/dev/null
  postmaster_args=(--postmaster "$(head -1 "$pgdata/postmaster.pid")")
fi

urls=() hostpids=() ports=()
for i in $(seq 1 "$hosts"); do
  port=$(free_port)
  ports+=("$port")
  if [ "$store" = sqlite ]; then
    args=(--store sqlite --path "$work/wellbeing.db")
  else
    args=(--store postgres --connection "Host=127.0.0.1;Port=$pgport;Username=wk;Database=postgres" --keys "$work/wellbeing.keys")
  fi
  (cd "$hostdir" && exec env "${hostenv[@]}" dotnet WellbeingKit.LoadHost.dll "${args[@]}" --port "$port" >"$work/host$i.log" 2>&1) &
  pids+=($!)
  hostpids+=(--host-pid $!)
  urls+=(--url "http://127.0.0.1:$port")
  [ "$i" = 1 ] && [ "$hosts" = 2 ] && sleep 3   # the first host creates the key file and schema
done

[ ${#hostenv[@]} -eq 0 ] || echo "# host environment: ${hostenv[*]}"
wait_ready
ramp=(--ramp) # --keep-going (fixed rates, every one run whatever its p99) replaces the ramp
for a in "${extra[@]}"; do [ "$a" != --keep-going ] || ramp=(); done
dotnet "$gen" "${urls[@]}" "${hostpids[@]}" "${postmaster_args[@]}" \
  --rates "$rates" --seconds "$seconds" --users "$users" --crisis "$crisis" "${ramp[@]}" "${extra[@]}"
if [ "$store" = postgres ]; then
  echo "# PostgreSQL connections at the end: $(runuser -u postgres -- psql -h "$work" -p "$pgport" -U wk -d postgres -Atc 'SELECT count(*) FROM pg_stat_activity WHERE backend_type = '"'"'client backend'"'"'')"
fi
