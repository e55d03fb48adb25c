#!/usr/bin/env bash
# Pins every seeded bug again: `explore --seeded-bugs all` finds each with its spec ID and replays it;
# its found trace is shrunk once more with `checks shrink`'s full budget (the hunt's own shrink spends only
# a CI-sized budget), becomes NAME.json here and the goldens are rewritten. Run it after a
# kernel change that makes pinned schedules stop applying, or after adding a seeded bug, then review the
# diff (the stories say what changed).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
dotnet build checks -v q -nologo >/dev/null
out="$(mktemp -d)"
dotnet checks/bin/Debug/net10.0/checks.dll explore --seeded-bugs all --profile ci --out "$out" | grep -v "^ok " || true
pinned=tests/Kernel.Tests/Pinned
for shrunk in "$out"/*/shrunk.json; do
  folder="$(dirname "$shrunk")"
  bug="$(basename "$folder")"
  found="$(find "$folder" -maxdepth 1 -name '*.json' ! -name shrunk.json | head -n 1)"
  # shrink exits 1: the shrunk trace still fails, as it must.
  dotnet checks/bin/Debug/net10.0/checks.dll shrink "$found" --out "$pinned/$bug.json" --force >/dev/null || [ $? -eq 1 ]
  echo "pinned $bug"
done
VMO_UPDATE_PINNED=1 dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q >/dev/null || true
dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q
