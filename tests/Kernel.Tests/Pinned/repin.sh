#!/usr/bin/env bash
# Pins every seeded bug again: `explore --seeded-bugs all` finds each with its spec ID, replays and
# shrinks it; each shrunk trace becomes NAME.json here and the goldens are rewritten. Run it after a
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
  bug="$(basename "$(dirname "$shrunk")")"
  cp "$shrunk" "$pinned/$bug.json"
  echo "pinned $bug"
done
VMO_UPDATE_PINNED=1 dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q >/dev/null || true
dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q
