#!/usr/bin/env bash
# Build the Linux bundle from a clean checkout: dist/tandem/ (run dist/tandem/tandem), a
# .tar.gz of it, and an AppImage when appimagetool is on the PATH.
#
#     packaging/build.sh
#
# It builds in its own environment (build/venv); TANDEM_BUILD_PYTHON=/path/to/python uses
# that Python's environment instead (the tests do, to reuse what is installed).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"

PYTHON=${TANDEM_BUILD_PYTHON:-}
if [ -z "$PYTHON" ]; then
  python3 -m venv build/venv
  PYTHON=build/venv/bin/python
fi
"$PYTHON" -m pip install --quiet -e ".[build]"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN \
  --distpath dist --workpath build/pyinstaller packaging/tandem.spec

VERSION=$("$PYTHON" -c "from importlib.metadata import version; print(version('tandem'))")
ARCH=$(uname -m)
cp packaging/linux/tandem.desktop resources/icons/tandem.png dist/tandem/
tar -C dist -czf "dist/tandem-$VERSION-linux-$ARCH.tar.gz" tandem
echo "dist/tandem-$VERSION-linux-$ARCH.tar.gz"

if command -v appimagetool >/dev/null 2>&1; then
  APPDIR=build/Tandem.AppDir
  rm -rf "$APPDIR"
  mkdir -p "$APPDIR/usr/lib"
  cp -r dist/tandem "$APPDIR/usr/lib/tandem"
  cp packaging/linux/tandem.desktop resources/icons/tandem.png "$APPDIR/"
  # shellcheck disable=SC2016  # $0 and $@ are for AppRun to expand when it runs
  printf '#!/bin/sh\nexec "$(dirname "$0")/usr/lib/tandem/tandem" "$@"\n' > "$APPDIR/AppRun"
  chmod +x "$APPDIR/AppRun"
  export ARCH  # appimagetool names the architecture from it
  appimagetool "$APPDIR" "dist/Tandem-$VERSION-$ARCH.AppImage"
  echo "dist/Tandem-$VERSION-$ARCH.AppImage"
fi
