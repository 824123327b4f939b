#!/usr/bin/env bash
# Builds the Debian package from a configured build directory, installs it with apt, and runs the
# INSTALLED binary headless: --version, --help, demo, report and snapshot. Run as root.
#   packaging/package-and-smoke.sh [BUILD_DIR]     (default: build, relative to the repository)
# The package is removed again at the end unless USAGELENS_KEEP_INSTALLED=1.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
build="$(cd "${1:-build}" && pwd)"
bin=/usr/bin/usagelens
export DEBIAN_FRONTEND=noninteractive
start=$SECONDS

fail() { echo "package-and-smoke: FAIL: $*" >&2; exit 1; }
step() { echo "== $*"; }

# cpack runs the install rules, which need the binary built.
step "build usagelens in $build"
cmake --build "$build" --target usagelens

step "cpack -G DEB"
rm -f "$build"/usagelens_*.deb
(cd "$build" && cpack -G DEB)
debs=("$build"/usagelens_*.deb)
[ -f "${debs[0]}" ] || fail "cpack produced no usagelens_*.deb in $build"
deb="${debs[0]}"
echo "package: $deb ($(stat -c %s "$deb") bytes)"
dpkg-deb --field "$deb" Package Version Architecture Installed-Size Depends Recommends
dpkg-deb --contents "$deb"

work="$(mktemp -d)"
cleanup() {
  rm -rf "$work"
  if [ "${USAGELENS_KEEP_INSTALLED:-0}" != 1 ] && dpkg-query -W -f='${Status}' usagelens 2>/dev/null | grep -q "ok installed"; then
    apt-get remove -y -qq usagelens >/dev/null
  fi
}
trap cleanup EXIT

# A package of the same version left from an earlier run would make apt skip the install.
if dpkg-query -W -f='${Status}' usagelens 2>/dev/null | grep -q "ok installed"; then
  apt-get remove -y -qq usagelens >/dev/null
fi
step "apt-get install ./$(basename "$deb")"
# Recommends (qt6-wayland, ...) are left out: the smoke test runs offscreen, and CI should not fetch.
(cd "$build" && apt-get install -y -qq --no-install-recommends "./$(basename "$deb")")
[ -x "$bin" ] || fail "$bin is not installed"

# Run each command on the installed binary; a non-zero exit fails the smoke test.
run() {
  echo "\$ usagelens $*"
  local rc=0
  QT_QPA_PLATFORM=offscreen "$bin" "$@" >"$work/out" 2>"$work/err" || rc=$?
  head -n 20 "$work/out"
  [ "$rc" -eq 0 ] || { cat "$work/err" >&2; fail "usagelens $* exited $rc"; }
}

version="$(dpkg-deb --field "$deb" Version)"
run --version
grep -q "$version" "$work/out" || fail "--version does not print the package version $version"
run --help
db="$work/smoke.usagelens"
run demo --db "$db"
[ -s "$db" ] || fail "demo did not create $db"
run report --db "$db" --metric transcoded_minutes --view kpis
[ -s "$work/out" ] || fail "report printed nothing"
png="$work/smoke.png"
run snapshot --db "$db" --out "$png"
[ -s "$png" ] || fail "snapshot did not write $png"
[ "$(head -c 8 "$png" | od -An -tx1 | tr -d ' \n')" = 89504e470d0a1a0a ] || fail "$png is not a PNG"
echo "snapshot: $(stat -c %s "$png") bytes"

# Desktop integration: the files are in place and dpkg's triggers registered the workspace type.
for f in /usr/share/applications/io.usagelens.UsageLens.desktop \
         /usr/share/metainfo/io.usagelens.UsageLens.metainfo.xml \
         /usr/share/mime/packages/io.usagelens.UsageLens.xml \
         /usr/share/icons/hicolor/scalable/apps/io.usagelens.UsageLens.svg \
         /usr/share/icons/hicolor/256x256/apps/io.usagelens.UsageLens.png; do
  [ -f "$f" ] || fail "$f is not installed"
done
if [ -f /usr/share/mime/globs2 ]; then
  grep -q ':application/x-usagelens-workspace:\*\.usagelens$' /usr/share/mime/globs2 \
    || fail "the MIME database does not map *.usagelens to application/x-usagelens-workspace"
fi
if [ -f /usr/share/applications/mimeinfo.cache ]; then
  grep -q '^application/x-usagelens-workspace=.*io\.usagelens\.UsageLens\.desktop' /usr/share/applications/mimeinfo.cache \
    || fail "mimeinfo.cache does not open workspaces with io.usagelens.UsageLens.desktop"
fi

echo "package-and-smoke: OK ($(basename "$deb"), $(stat -c %s "$deb") bytes, $((SECONDS - start)) s)"
