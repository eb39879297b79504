#!/usr/bin/env bash
# Build the frozen Linux app, smoke-test it, and pack the tarball (run by `make package`).
set -euo pipefail
cd "$(dirname "$0")/.."
VERSION=$(.venv/bin/python -c 'import seatdesk; print(seatdesk.__version__)')
started=$(date +%s)
rm -rf build/pyinstaller dist/seatdesk
.venv/bin/pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller \
  --distpath dist packaging/seatdesk.spec
built=$(date +%s)

echo "smoke test: --version, --self-test (offscreen, temporary vault)"
dist/seatdesk/seatdesk --version
home=$(mktemp -d)
SEATDESK_HOME="$home" QT_QPA_PLATFORM=offscreen dist/seatdesk/seatdesk --self-test
rm -rf "$home"

stage=$(mktemp -d)
mkdir -p "$stage/opt" "$stage/usr/share/applications" "$stage/usr/share/metainfo"
cp -a dist/seatdesk "$stage/opt/seatdesk"
cp packaging/linux/seatdesk.desktop "$stage/usr/share/applications/"
cp packaging/linux/cn.seatdesk.desk.metainfo.xml "$stage/usr/share/metainfo/"
for size in 16 24 32 48 64 128 256 512; do
  dir="$stage/usr/share/icons/hicolor/${size}x${size}/apps"
  mkdir -p "$dir"
  cp "resources/icons/seatdesk-$size.png" "$dir/seatdesk.png"
done
tarball="dist/seatdesk-$VERSION-linux-$(uname -m).tar.gz"
tar -C "$stage" -czf "$tarball" .
rm -rf "$stage"
echo "built in $((built - started)) s; folder $(du -sh dist/seatdesk | cut -f1); tarball $(du -h "$tarball" | cut -f1)"
