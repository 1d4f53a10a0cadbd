#!/usr/bin/env bash
# PostgreSQL for the storage tests. The tests start their own throwaway cluster (initdb + pg_ctl in a temp folder, on a
# free port; as the 'postgres' user when run as root) unless WELLBEINGKIT_POSTGRES holds a connection string.
# This step only checks that the server binaries the fixture needs are installed, so a missing package fails loudly here.
set -euo pipefail
bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/initdb" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL server binaries not found: apt-get install postgresql (listed in .ci/apt-packages.txt)" >&2
  exit 1
fi
if [ "$(id -u)" = "0" ] && ! id postgres >/dev/null 2>&1; then
  useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
fi
# The Debian package may have started its own cluster on 5432; the tests do not use it.
echo "PostgreSQL $("$bin/postgres" --version | awk '{print $3}') at $bin"
