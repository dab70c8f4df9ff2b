#!/usr/bin/env bash
# Build the one-folder app: dist/confdesk/confdesk (plus the .desktop file and the icon).
#   DIST=... WORK=... packaging/build.sh   to build elsewhere (the packaging test does)
set -euo pipefail
cd "$(dirname "$0")/.."
PY="${PYTHON:-.venv/bin/python}"
DIST="${DIST:-dist}"
WORK="${WORK:-build/pyinstaller}"
# The translations go in compiled (.qm beside each .ts source).
for ts in resources/translations/*.ts; do
  "$(dirname "$PY")/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
"$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/confdesk.spec
cp packaging/confdesk.desktop resources/icons/confdesk.svg "$DIST/confdesk/"
echo "built $DIST/confdesk ($(du -sh "$DIST/confdesk" | cut -f1))"
