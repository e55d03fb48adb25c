#!/usr/bin/env bash
# Installs what a fresh Debian machine with the .NET SDK lacks: the Z3 shared library and headers
# (Debian's libz3 backs the Microsoft.Z3 managed API) and gcc to build the small shim beside it.
set -euo pipefail
need=()
dpkg -s libz3-dev >/dev/null 2>&1 || need+=(libz3-dev)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
apt-get update -qq
if [ "${#need[@]}" -gt 0 ]; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
fi
echo "native dependencies present: libz3-dev, gcc"
