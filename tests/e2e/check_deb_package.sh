#!/usr/bin/env bash
# Builds the .deb with CPack from a configured and built tree, unpacks it, and validates what a
# desktop would install: both executables, the .desktop file, the AppStream metainfo and the icon.
set -euo pipefail
build_dir=$1
app_id=io.altrataexplorer.explorer

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build_dir/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log"
  echo "FAIL: cpack could not build the package"
  exit 1
fi
deb=$(find "$work/out" -maxdepth 1 -name '*.deb' | head -n 1)
[[ -n "$deb" ]] || { echo "FAIL: no .deb produced"; exit 1; }
dpkg-deb -x "$deb" "$work/root"

for path in usr/bin/altrata-explorer usr/bin/altrata-explorer-cli \
            "usr/share/applications/$app_id.desktop" "usr/share/metainfo/$app_id.metainfo.xml" \
            "usr/share/icons/hicolor/scalable/apps/$app_id.svg"; do
  [[ -e "$work/root/$path" ]] || { echo "FAIL: $path missing from the package"; exit 1; }
done

desktop-file-validate "$work/root/usr/share/applications/$app_id.desktop"
appstreamcli validate --no-net "$work/root/usr/share/metainfo/$app_id.metainfo.xml"
appstreamcli validate-tree --no-net "$work/root"

depends=$(dpkg-deb -f "$deb" Depends)
for dep in libsecret-1-0 libqt6core6 libqt6widgets6 libqt6network6 libqscintilla2-qt6; do
  [[ "$depends" == *"$dep"* ]] || { echo "FAIL: Depends lacks $dep: $depends"; exit 1; }
done

# Both executables answer --version and --help without a display (CI has none). The output is captured
# first: `grep -q` on a pipe may exit before the program finishes writing, and pipefail would see SIGPIPE.
for exe in altrata-explorer altrata-explorer-cli; do
  version=$(env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/$exe" --version)
  [[ "$version" == "$exe 0.1.0" ]] || { echo "FAIL: the packaged $exe reports version '$version'"; exit 1; }
  help=$(env -u DISPLAY -u WAYLAND_DISPLAY "$work/root/usr/bin/$exe" --help)
  [[ "$help" == *--version* ]] || { echo "FAIL: the packaged $exe has no --help"; exit 1; }
done

echo "package ok: $(basename "$deb")"
