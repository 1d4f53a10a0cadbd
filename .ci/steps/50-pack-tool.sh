#!/usr/bin/env bash
# Packs every src/ project (NuGet packages with README, licence, icon, XML docs and .snupkg symbols), installs the
# `wellbeing` dotnet tool from the local package, and validates the default content pack with it.
set -euo pipefail
cd "$(dirname "$0")/../.."

version=$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' Directory.Build.props | head -1)
rm -rf artifacts
dotnet pack WellbeingKit.sln -c Release -o artifacts -v q --nologo

for p in WellbeingKit WellbeingKit.Content.Yaml WellbeingKit.ML WellbeingKit.Storage.Sqlite WellbeingKit.Storage.Postgres WellbeingKit.AspNetCore WellbeingKit.Channels.Sms WellbeingKit.Cli; do
  for f in "artifacts/$p.$version.nupkg" "artifacts/$p.$version.snupkg"; do
    [ -f "$f" ] || { echo "missing package: $f" >&2; exit 1; }
  done
  listing=$(unzip -l "artifacts/$p.$version.nupkg")
  for needed in README.md LICENSE icon.png; do
    grep -q " $needed\$" <<<"$listing" || { echo "$p.$version.nupkg lacks $needed" >&2; exit 1; }
  done
  if [ "$p" != WellbeingKit.Cli ]; then
    grep -q "lib/net10.0/$p.xml" <<<"$listing" || { echo "$p.$version.nupkg lacks its XML docs" >&2; exit 1; }
  fi
done

# Install from the local package only, into a throw-away tool path and package cache (never a stale cached copy).
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
NUGET_PACKAGES="$tmp/packages" dotnet tool install --tool-path "$tmp/tools" --add-source artifacts --ignore-failed-sources \
  WellbeingKit.Cli --version "$version"
"$tmp/tools/wellbeing" --help >/dev/null

pack=src/WellbeingKit.Content.Yaml/DefaultPack
"$tmp/tools/wellbeing" content validate "$pack"
echo "wellbeing $version: installed from artifacts/ and validated $pack"
