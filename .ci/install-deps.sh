#!/usr/bin/env bash
# Installs what a fresh Debian machine with the .NET SDK lacks: the Z3 shared library and headers
# (Debian's libz3 backs the Microsoft.Z3 managed API) and gcc to build the small shim beside it.
# When both are present it touches neither the network nor apt, so it runs offline and without root;
# only a missing package leads to `apt-get update` and `apt-get install` (through sudo when not root).
set -euo pipefail
need=()
dpkg -s libz3-dev >/dev/null 2>&1 || need+=(libz3-dev)
command -v gcc >/dev/null 2>&1 || need+=(gcc)
if [ "${#need[@]}" -eq 0 ]; then
    echo "native dependencies present: libz3-dev, gcc"
    exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
    if ! command -v sudo >/dev/null 2>&1; then
        echo "error: missing ${need[*]}; run as root or install them: apt-get install ${need[*]}" >&2
        exit 1
    fi
    as_root=(sudo)
fi
echo "installing ${need[*]}"
"${as_root[@]}" apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
echo "native dependencies present: libz3-dev, gcc"
