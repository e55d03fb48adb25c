#!/usr/bin/env bash
# Installs what `checks prove` needs on Debian: the system Z3 (libz3-dev brings libz3.so for linking)
# and gcc to build checks/Native/z3shim.c. Idempotent: installs only what is missing.
set -euo pipefail

missing=()
dpkg -s libz3-dev >/dev/null 2>&1 || missing+=(libz3-dev)
command -v gcc >/dev/null 2>&1 || missing+=(gcc)

if [ "${#missing[@]}" -gt 0 ]; then
    SUDO=""
    if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
