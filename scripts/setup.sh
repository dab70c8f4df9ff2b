#!/usr/bin/env bash
# Set up Confdesk on a Debian/Ubuntu machine: system packages (as root), .venv, pip install.
#
#   scripts/setup.sh            what `make run` needs (Qt's libraries, CJK fonts, the app)
#   scripts/setup.sh --test     plus what the tests need (PostgreSQL, CUPS, poppler, zbar...)
#   scripts/setup.sh --package  plus PyInstaller
#
# System packages are installed only when running as root and only those missing; otherwise
# this step says what is missing and carries on. Re-running is quick: pip runs again only
# when pyproject.toml changed.
set -euo pipefail

cd "$(dirname "$0")/.."
MODE="${1:-run}"
PYTHON="${PYTHON:-python3}"
VENV="${VENV:-.venv}"

RUNTIME_PKGS=(python3-venv libxcb-icccm4 libxcb-keysyms1 libxcb-cursor0 libxkbcommon-x11-0
  libegl1 libgl1 libfontconfig1 libdbus-1-3 fonts-wqy-microhei fonts-noto-cjk)
TEST_PKGS=(xvfb xdotool openbox poppler-utils zbar-tools postgresql cups cups-client printer-driver-cups-pdf
  libxml2-utils)

packages=("${RUNTIME_PKGS[@]}")
extras="test"
case "$MODE" in
  run | --run) ;;
  --test | test) packages+=("${TEST_PKGS[@]}") ;;
  --package | package) packages+=("${TEST_PKGS[@]}"); extras="test,package" ;;
  *) echo "usage: scripts/setup.sh [--test|--package]" >&2; exit 2 ;;
esac

install_system_packages() {
  command -v dpkg-query >/dev/null 2>&1 || return 0 # not Debian: see docs/install.md, by hand
  local missing=()
  for p in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$p")
    fi
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  if [ "$(id -u)" -ne 0 ]; then
    echo "setup: not root, skipping system packages; missing: ${missing[*]}" >&2
    return 0
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

install_system_packages

if [ ! -x "$VENV/bin/python" ]; then
  echo "setup: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi
stamp="$VENV/.confdesk-installed-$extras"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "setup: pip install -e '.[$extras]'"
  "$VENV/bin/python" -m pip install -q --upgrade pip
  "$VENV/bin/python" -m pip install -q -e ".[$extras]"
  touch "$stamp"
fi
# Chinese on badges and in the program in Hong Kong glyph forms: Noto Sans CJK HK converted
# once to TrueType into the user's cache (`confdesk fonts prepare`). A failure only leaves
# Chinese in WenQuanYi Micro Hei; it never fails the setup.
if ! "$VENV/bin/confdesk" fonts status --forms hk --check 2>/dev/null; then
  echo "setup: preparing the Chinese font in Hong Kong forms (Noto Sans CJK HK, once: about a minute)"
  if ! err=$("$VENV/bin/confdesk" fonts prepare --forms hk 2>&1 >/dev/null); then
    echo "setup: ${err##*error: }; to try again: confdesk fonts prepare" >&2
  fi
fi
# The interface's translations: Qt reads compiled .qm files, made here from the .ts sources.
for ts in resources/translations/*.ts; do
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "$qm"
  fi
done
