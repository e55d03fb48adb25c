#!/usr/bin/env bash
# Installs the Debian packages a step needs when they are missing: with no arguments, what a fresh
# Debian machine with the .NET SDK lacks for the build (the Z3 shared library and headers, which back
# the Microsoft.Z3 managed API, and gcc to build the small shim beside it); with arguments, those
# packages (the browser and npm of the diagram and site checks). A package counts as present when dpkg
# knows it or a command of its name is on PATH. When all are present it touches neither the network
# nor apt, so it runs offline and without root; only a missing package leads to `apt-get update` and
# `apt-get install` (through sudo when not root).
#   .ci/install-deps.sh [--no-install-recommends] [PACKAGE...]
set -euo pipefail
apt_options=()
if [ "${1:-}" = "--no-install-recommends" ]; then
    apt_options=(--no-install-recommends)
    shift
fi
packages=("$@")
[ "${#packages[@]}" -gt 0 ] || packages=(libz3-dev gcc)
need=()
for package in "${packages[@]}"; do
    dpkg -s "$package" >/dev/null 2>&1 || command -v "$package" >/dev/null 2>&1 || need+=("$package")
done
if [ "${#need[@]}" -eq 0 ]; then
    echo "dependencies present: ${packages[*]}"
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
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${apt_options[@]}" "${need[@]}"
echo "dependencies present: ${packages[*]}"
