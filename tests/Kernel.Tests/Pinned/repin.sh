#!/usr/bin/env bash
# Pins every seeded bug again (or the ones named): explore finds it, shrink cuts the schedule, and the
# goldens are rewritten. Run from anywhere after a kernel change that makes pinned schedules stop applying,
# then review the diff (the stories say what changed).
set -euo pipefail
root="$(cd "$(dirname "$0")/../../.." && pwd)"
cd "$root"
dotnet build checks -v q -nologo >/dev/null
checks() { dotnet checks/bin/Debug/net10.0/checks.dll "$@"; }
bugs=("$@")
if [ ${#bugs[@]} -eq 0 ]; then
  mapfile -t bugs < <(checks explore --list-seeded-bugs | awk '{print $1}')
fi
out="$(mktemp -d)"
for bug in "${bugs[@]}"; do
  checks explore --seeded-bug "$bug" --out "$out/$bug" >/dev/null || true
  found=("$out/$bug"/*."$bug".json)
  if [ ! -f "${found[0]}" ]; then
    echo "repin: $bug was not found by its harness" >&2
    exit 1
  fi
  checks shrink "${found[0]}" --out "tests/Kernel.Tests/Pinned/$bug.json" --force >/dev/null
  echo "pinned $bug"
done
VMO_UPDATE_PINNED=1 dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q >/dev/null || true
dotnet test tests/Kernel.Tests --filter PinnedTraceTests -v q
