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
# Chinese in Hong Kong forms out of the box: Noto Sans CJK HK (regular, bold) converted to
# TrueType here, once per build folder, and carried in resources/fonts/cjk/ (+40 MB; SIL OFL
# 1.1, resources/fonts/LICENSE-NotoSansCJK.txt). Without Noto Sans CJK on the build machine the
# app is built without them: Chinese prints in WenQuanYi Micro Hei until `confdesk fonts
# prepare` is run where Noto Sans CJK is installed (Taiwan and mainland forms likewise).
CJK="$WORK/cjk-fonts"
rm -rf "$CJK"
mkdir -p "$CJK"
if CONFDESK_CACHE_DIR="$WORK/cjk-cache" "$PY" -m desktop fonts prepare --forms hk >/dev/null; then
  for w in Regular Bold; do
    install -m 0644 "$(ls "$WORK"/cjk-cache/cjk/NotoSansCJKhk-$w-*.ttf | head -1)" \
      "$CJK/NotoSansCJKhk-$w.ttf"
  done
else
  echo "build: Noto Sans CJK HK not bundled (see above); Chinese prints in WenQuanYi Micro Hei" >&2
fi
CONFDESK_BUNDLE_CJK="$CJK" "$PY" -m PyInstaller --noconfirm --log-level WARN --distpath "$DIST" --workpath "$WORK" \
  packaging/confdesk.spec
cp packaging/confdesk.desktop resources/icons/confdesk.svg "$DIST/confdesk/"
echo "built $DIST/confdesk ($(du -sh "$DIST/confdesk" | cut -f1))"
