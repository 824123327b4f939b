#!/usr/bin/env bash
# The real-window test: the real program on a real X server (Xvfb) with a real window manager
# (openbox), as on a projector. Usage: run.sh BINARY WIDTHxHEIGHT SCENARIO OUTDIR
#   SCENARIO: demo (the built-in demo), livepeer or saas (imported from ../shared/data; skipped
#   when that folder is absent).
# Checks: the window's frame (from xwininfo and _NET_FRAME_EXTENTS) lies inside the screen, and
# the program's own probe (USAGELENS_WINDOW_PROBE, widgets/audit/) finds no widget outside the
# screen, no cut label, no chart text in "...", no sideways scrolling and no label without contrast
# on any dataset, tab or page, nor after a live theme switch. Screenshots stay in OUTDIR.
set -euo pipefail
binary=$1 size=$2 scenario=$3 out=$4
width=${size%x*} height=${size#*x}
shared="$(cd "$(dirname "$0")/../../.." && pwd)/shared/data"

skip_or_fail() { # a missing tool fails under CI (tests/support/RequireTool.h), else skips
  echo "$1"
  if [ "${CI:-}" = true ]; then exit 1; fi
  exit 77
}
for tool in Xvfb openbox xdotool xwininfo xprop; do
  command -v "$tool" >/dev/null || skip_or_fail "real-window test: $tool is not installed (packaging/build-deps.txt)"
done

rm -rf "$out" && mkdir -p "$out"
work=$(mktemp -d)
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# A home of its own: no saved window geometry, theme or last workspace from the user.
export HOME=$work/home XDG_CONFIG_HOME=$work/home/.config XDG_DATA_HOME=$work/home/.local/share
export XDG_RUNTIME_DIR=$work/run
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"

args=()
case $scenario in
  demo) ;;
  livepeer|saas)
    [ -d "$shared" ] || { echo "real-window test: $shared is absent, skipped"; exit 77; }
    ws=$work/$scenario.usagelens
    if [ "$scenario" = livepeer ]; then
      "$binary" import --db "$ws" "$shared/livepeer_daily_usage.csv" >/dev/null
    else
      "$binary" import --db "$ws" "$shared/saas_invoices.ndjson" >/dev/null
      "$binary" import --db "$ws" "$shared/saas_customers.ndjson" >/dev/null
    fi
    args=("$ws")
    ;;
  *) echo "unknown scenario $scenario"; exit 2 ;;
esac

# Xvfb picks a free display and tells it on a pipe.
exec 3>"$work/display"
Xvfb -displayfd 3 -screen 0 "${width}x${height}x24" -nolisten tcp >"$work/xvfb.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do [ -s "$work/display" ] && break; sleep 0.1; done
[ -s "$work/display" ] || { echo "Xvfb did not start"; cat "$work/xvfb.log"; exit 1; }
export DISPLAY=":$(head -1 "$work/display")"
openbox >"$work/openbox.log" 2>&1 &
pids+=($!)
for _ in $(seq 100); do xprop -root _NET_SUPPORTING_WM_CHECK 2>/dev/null | grep -q 'window id' && break; sleep 0.1; done

QT_QPA_PLATFORM=xcb USAGELENS_WINDOW_PROBE="$out" "$binary" "${args[@]}" >"$out/app.log" 2>&1 &
app=$!
pids+=($app)

# The frame as the window manager placed it, while the probe walks the tabs.
wid=$(timeout 60 xdotool search --sync --onlyvisible --name 'UsageLens' | head -1)
sleep 1
x=$(xwininfo -id "$wid" | awk '/Absolute upper-left X/ {print $4}')
y=$(xwininfo -id "$wid" | awk '/Absolute upper-left Y/ {print $4}')
w=$(xwininfo -id "$wid" | awk '/Width:/ {print $2}')
h=$(xwininfo -id "$wid" | awk '/Height:/ {print $2}')
read -r left right top bottom < <(xprop -id "$wid" _NET_FRAME_EXTENTS | sed 's/.*= //; s/,//g')
fx=$((x - left)) fy=$((y - top)) fw=$((w + left + right)) fh=$((h + top + bottom))
echo "screen ${width}x${height}; window ${w}x${h} at $x,$y; frame ${fw}x${fh} at $fx,$fy" | tee "$out/xwininfo.txt"
failed=0
if [ $fx -lt 0 ] || [ $fy -lt 0 ] || [ $((fx + fw)) -gt "$width" ] || [ $((fy + fh)) -gt "$height" ]; then
  echo "FAIL: the window's frame is not inside the ${width}x${height} screen"
  failed=1
fi

for _ in $(seq 2400); do [ -e "$out/done" ] && break; kill -0 $app 2>/dev/null || break; sleep 0.1; done
wait $app || { echo "FAIL: the program exited with $?"; cat "$out/app.log"; exit 1; }
[ -e "$out/done" ] || { echo "FAIL: the probe did not finish"; cat "$out/app.log"; exit 1; }
cat "$out/window.txt"
if [ -s "$out/problems.txt" ]; then
  echo "FAIL: $(wc -l <"$out/problems.txt") problems a reader would see:"
  cat "$out/problems.txt"
  failed=1
fi
echo "screenshots: $out"
exit $failed
