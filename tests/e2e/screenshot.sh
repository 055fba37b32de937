#!/usr/bin/env bash
# Starts a built altrata-explorer under Xvfb on its built-in sandbox, lets it run the example query, and
# saves two screenshots: the app's own grab of its window (OUT.png) and the X root window as another
# program sees it (OUT-root.png, taken with ImageMagick's `import` while the window is on screen).
#
#   tests/e2e/screenshot.sh <path/to/altrata-explorer> <OUT.png>
#
# Builds nothing. Everything runs in a private D-Bus session with its own unlocked gnome-keyring and its own
# XDG directories, so it never touches the user's settings, tabs or keyring (stack.md G8/G9: a bare xvfb-run
# without a session bus can hang on a keyring prompt). Exit 0: both PNGs exist and are non-trivial; 77: a
# required tool is missing (ctest reports the test as skipped); anything else: failure, with the reason.
set -euo pipefail

readonly min_bytes=20000 # a blank or black 1280x800 PNG is a few KB; a drawn window is far more
readonly deadline_s=${ALTRATA_SCREENSHOT_TIMEOUT_S:-90}

fail() { echo "FAIL: $*" >&2; exit 1; }
root_png_for() { echo "${1%.png}-root.png"; }

# Runs inside Xvfb: start the app, catch the moment it writes its grab, take the root screenshot while the
# window is still shown (the app is paused for it), then let it finish.
in_display() {
    local app=$1 out=$2 root_png
    root_png=$(root_png_for "$out")
    export QT_QPA_PLATFORM=xcb
    unset WAYLAND_DISPLAY
    "$app" --sandbox --run-example-and-screenshot "$out" >"$work/app.log" 2>&1 &
    local pid=$! waited=0
    # The grab file appears when the app starts writing it; PNG encoding takes long enough to catch it.
    until [[ -e "$out" ]]; do
        kill -0 "$pid" 2>/dev/null || break
        ((waited++ < deadline_s * 50)) || { kill "$pid"; fail "no screenshot after ${deadline_s} s (see below)"; }
        sleep 0.02
    done
    if kill -STOP "$pid" 2>/dev/null; then
        import -window root "$root_png" || echo "import could not take the root screenshot" >&2
        kill -CONT "$pid"
    fi
    local status=0
    wait "$pid" || status=$?
    ((status == 0)) || fail "altrata-explorer exited with status $status"
}

# Runs inside the private D-Bus session: unlock a fresh keyring, then start Xvfb.
in_session() {
    echo -n altrata-screenshot | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    xvfb-run -a -s '-screen 0 1280x800x24' bash "$script" --in-display "$@"
}

check_png() {
    local png=$1 what=$2 size colours
    [[ -s "$png" ]] || fail "$what $png was not written"
    [[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" == 89504e470d0a1a0a ]] || fail "$what $png is not a PNG"
    size=$(stat -c %s "$png")
    ((size > min_bytes)) || fail "$what $png is only $size bytes: the window looks empty"
    if command -v identify >/dev/null 2>&1; then
        colours=$(identify -format %k "$png")
        ((colours >= 16)) || fail "$what $png has only $colours colours: nothing was drawn"
    fi
    echo "$what: $png ($size bytes$(command -v identify >/dev/null 2>&1 && identify -format ', %wx%h' "$png"))"
}

script=$(readlink -f "$0")
case "${1:-}" in
--in-session) shift; work=$1; shift; in_session "$work" "$@"; exit ;;
--in-display) shift; work=$1; shift; in_display "$@"; exit ;;
esac

(($# == 2)) || { echo "usage: $0 <path/to/altrata-explorer> <OUT.png>" >&2; exit 2; }
app=$(realpath -m "$1")
out=$(realpath -m "$2")
[[ -x "$app" ]] || fail "$1 is not an executable"
for tool in xvfb-run dbus-run-session gnome-keyring-daemon import; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool is not installed (apt-get install xvfb xauth dbus gnome-keyring imagemagick)"
        exit 77
    fi
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
mkdir -p "$work"/{data,config,cache,runtime} "$(dirname "$out")"
chmod 700 "$work/runtime"
rm -f "$out" "$(root_png_for "$out")"

status=0
env -u DISPLAY -u DBUS_SESSION_BUS_ADDRESS \
    XDG_DATA_HOME="$work/data" XDG_CONFIG_HOME="$work/config" XDG_CACHE_HOME="$work/cache" \
    XDG_RUNTIME_DIR="$work/runtime" \
    dbus-run-session -- bash "$script" --in-session "$work" "$app" "$out" || status=$?
if ((status != 0)); then
    echo "--- altrata-explorer output ---" >&2
    cat "$work/app.log" >&2 2>/dev/null || true
    exit "$status"
fi

check_png "$out" "window grab"
check_png "$(root_png_for "$out")" "root window"
