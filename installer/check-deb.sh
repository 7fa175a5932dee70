#!/usr/bin/env bash
# Builds Margin's .deb (mvn package -Pdeb) and checks it on this machine, the way a user gets it:
# lists its contents, checks the declared dependencies, installs it with dpkg (apt-get -f install
# when dependencies are missing), runs the installed launcher with --version and --self-check
# without a display, upgrades it to a newer package revision and checks that the library is kept,
# then removes the package. Needs root (dpkg), dpkg-deb and Maven. Extra arguments go to Maven
# (e.g. -o for offline). Exits non-zero, naming the failed check, on the first failure.
#
#   installer/check-deb.sh [-o]        (unit tests are skipped: this checks the package, not the code)
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGE=margin
LAUNCHER=/opt/margin/bin/Margin
# The libraries the GUI cannot start without (GTK 3 for the glass toolkit, GL for prism, XTest for the robot,
# FreeType for JavaFX's font code, which links it from inside its jar where jpackage cannot see it), and xdg-utils,
# which the package scripts use to register the menu entry and the file types. (ALSA is not needed: the runtime
# leaves out libjsound, and JDK 25's own font manager brings its FreeType.)
REQUIRED_DEPENDS=(libgtk-3-0 libgl1 libxtst6 libx11-6 libfreetype6 libfontconfig1 xdg-utils)

fail() { echo "check-deb: FAILED: $*" >&2; exit 1; }
step() { echo; echo "== $*"; }
as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

dpkg-query -W -f='${Status}' "$PACKAGE" 2>/dev/null | grep -q 'install ok installed' \
  && fail "package $PACKAGE is already installed here; remove it first (dpkg -r $PACKAGE), this check installs and removes its own copy"

WORK=$(mktemp -d)
installed=0
cleanup() {
  if [ "$installed" -eq 1 ]; then as_root dpkg -P "$PACKAGE" >/dev/null || echo "check-deb: could not remove $PACKAGE; run dpkg -P $PACKAGE" >&2; fi
  rm -rf "$WORK"
}
trap cleanup EXIT

step "build: mvn -B -q package -Pdeb -DskipTests $*"
start=$(date +%s)
mvn -B -q package -Pdeb -DskipTests "$@"
echo "built in $(( $(date +%s) - start )) s"
DEB=$(ls target/installer/${PACKAGE}_*.deb 2>/dev/null | head -n 1)
[ -n "$DEB" ] || fail "no target/installer/${PACKAGE}_*.deb after the build"
VERSION=$(dpkg-deb -f "$DEB" Version)
echo "package: $DEB ($(du -h "$DEB" | cut -f1), $(stat -c %s "$DEB") bytes), version $VERSION"
echo "app-image: target/dist/Margin ($(du -sh target/dist/Margin | cut -f1); runtime $(du -sh target/dist/Margin/lib/runtime | cut -f1), app jars $(du -sh target/dist/Margin/lib/app | cut -f1))"

step "contents (dpkg-deb -c), runtime and jar files counted, not listed"
dpkg-deb -c "$DEB" > "$WORK/contents.txt"
grep -v -e '/lib/runtime/.' -e '/lib/app/.' "$WORK/contents.txt" | awk '{print $1, $3, $6}'
echo "$(grep -c '/lib/runtime/.' "$WORK/contents.txt") entries under /opt/margin/lib/runtime, $(grep -c '/lib/app/.' "$WORK/contents.txt") under /opt/margin/lib/app"
for expected in ./opt/margin/bin/Margin ./opt/margin/lib/Margin.png ./opt/margin/lib/margin-Margin.desktop \
                ./opt/margin/lib/margin-Margin-MimeInfo.xml ./opt/margin/lib/app/Margin.cfg ./opt/margin/lib/runtime/release \
                ./opt/margin/lib/app/make-aot-cache.sh; do
  grep -q " $expected\$" "$WORK/contents.txt" || fail "$expected is not in the package"
done
echo "contents: launcher, icon, desktop entry, MIME types, app config and runtime present"

step "control (dpkg-deb -I)"
dpkg-deb -I "$DEB" | sed -n '/Package:/,$p'
depends=$(dpkg-deb -f "$DEB" Depends | tr -d ' ')
for dependency in "${REQUIRED_DEPENDS[@]}"; do
  tr ',' '\n' <<< "$depends" | grep -qx "$dependency" || fail "Depends does not declare $dependency"
done
echo "declared dependencies include: ${REQUIRED_DEPENDS[*]}"

step "install (dpkg -i)"
installed=1  # from here on, the exit trap removes the package, even a half-configured one
if ! as_root dpkg -i "$DEB"; then
  echo "dpkg -i left dependencies missing; running apt-get -f install"
  as_root apt-get -f install -y
fi
dpkg-query -W -f='${Status}\n' "$PACKAGE" | grep -q 'install ok installed' || fail "$PACKAGE is not installed after dpkg -i"
[ -x "$LAUNCHER" ] || fail "$LAUNCHER is missing or not executable"
desktop_entry=/usr/share/applications/margin-Margin.desktop
[ -f "$desktop_entry" ] || fail "the menu entry $desktop_entry was not registered"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$desktop_entry" || fail "$desktop_entry is not a valid desktop entry"; fi
grep -q '^MimeType=text/html;text/plain;text/markdown;' "$desktop_entry" || fail "$desktop_entry does not list the article MIME types"
[ "$(readlink /usr/bin/margin)" = "$LAUNCHER" ] || fail "/usr/bin/margin does not link to $LAUNCHER"
echo "installed: $LAUNCHER (also /usr/bin/margin); menu entry $desktop_entry"

step "run the installed launcher without a display"
DATA="$WORK/library"
version_output=$(env -u DISPLAY -u WAYLAND_DISPLAY margin --version)
echo "$ margin --version"; echo "$version_output"
[ "$version_output" = "Margin ${VERSION%-*}" ] || fail "--version printed '$version_output', expected 'Margin ${VERSION%-*}'"
echo "$ $LAUNCHER --self-check --data-dir $DATA"
start_ns=$(date +%s%N)
env -u DISPLAY -u WAYLAND_DISPLAY "$LAUNCHER" --self-check --data-dir "$DATA" 2>"$WORK/err.txt" | tee "$WORK/check1.txt" \
  || fail "--self-check exited non-zero: $(cat "$WORK/err.txt")"
echo "(self-check took $(( ($(date +%s%N) - start_ns) / 1000000 )) ms)"
grep -q '^Self-check passed.$' "$WORK/check1.txt" || fail "--self-check did not pass"

step "the AOT cache postinst made"
AOT_CACHE=/opt/margin/lib/margin.aot
# The launcher uses it when the entry point's class comes from the cache.
uses_aot_cache() { JAVA_TOOL_OPTIONS=-Xlog:class+load=info env -u DISPLAY "$LAUNCHER" --version 2>/dev/null \
  | grep -q 'dev.margin.Launcher source: shared objects file'; }
[ -s "$AOT_CACHE" ] || fail "postinst made no $AOT_CACHE"
uses_aot_cache || fail "the installed launcher does not use $AOT_CACHE"
echo "$AOT_CACHE: $(du -k "$AOT_CACHE" | cut -f1) KiB, used by the launcher"

step "upgrade keeps the library: import an article, install a newer revision, check again"
article="$WORK/council-vote.txt"
printf '%s\n' "Harbour council approves night shifts" "" \
  "PORTVALE, Nov. 24 — The harbour council approved night shifts at the container terminal on Tuesday." \
  "“The queue of ships will be gone by March,” said council chair Edda Voss." > "$article"
env -u DISPLAY "$LAUNCHER" --data-dir "$DATA" import "$article"
as_root dpkg-deb -R "$DEB" "$WORK/repack"
# jpackage 25 writes the version without a Debian revision ("0.1.0"); "0.1.0-1" sorts after it, as "-2" after "-1".
if [[ "$VERSION" == *-* ]]; then next_version="${VERSION%-*}-$(( ${VERSION##*-} + 1 ))"; else next_version="$VERSION-1"; fi
as_root sed -i "s/^Version: .*/Version: $next_version/" "$WORK/repack/DEBIAN/control"
as_root dpkg-deb -Zgzip -z1 -b "$WORK/repack" "$WORK/${PACKAGE}_upgrade.deb" >/dev/null
as_root dpkg -i "$WORK/${PACKAGE}_upgrade.deb" >/dev/null
[ "$(dpkg-query -W -f='${Version}' "$PACKAGE")" = "$next_version" ] || fail "the upgrade to $next_version did not install"
[ "$(readlink /usr/bin/margin)" = "$LAUNCHER" ] || fail "/usr/bin/margin was lost in the upgrade"
env -u DISPLAY "$LAUNCHER" --self-check --data-dir "$DATA" 2>/dev/null | tee "$WORK/check2.txt" | grep -E 'Articles|Integrity'
grep -q '^Articles: 1,' "$WORK/check2.txt" || fail "the library lost its article across the upgrade $VERSION -> $next_version"
[ -s "$AOT_CACHE" ] && uses_aot_cache || fail "after the upgrade $AOT_CACHE is missing or not used"
echo "upgraded $VERSION -> $next_version; the library still holds its article; the AOT cache was made again"

step "remove (dpkg -r)"
as_root dpkg -r "$PACKAGE" >/dev/null
installed=0
as_root dpkg -P "$PACKAGE" >/dev/null  # also forget the package record, so the next run starts clean
[ ! -e "$LAUNCHER" ] || fail "$LAUNCHER is still there after dpkg -r"
[ ! -e /opt/margin ] || fail "/opt/margin is still there after dpkg -r: $(find /opt/margin | head -5)"
[ ! -e "$desktop_entry" ] || fail "$desktop_entry is still there after dpkg -r"
[ ! -L /usr/bin/margin ] || fail "/usr/bin/margin is still there after dpkg -r"
[ -f "$DATA/margin.db" ] || fail "removing the package deleted the user's library"
echo "removed; /opt/margin, /usr/bin/margin and the menu entry are gone, the user's library is untouched"

echo; echo "check-deb: all checks passed for $DEB"
