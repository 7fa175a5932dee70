#!/bin/sh
# Makes the ahead-of-time cache of this copy of Margin, lib/margin.aot (JDK 25, JEP 483/514/515; see
# docs/perf/startup.md). The launcher names it at every start (-XX:AOTCache), so a start finds the classes it
# needs already loaded and linked and its methods' profiles ready. It is made by one real training start: the
# app's own launcher options and class path, the window on JavaFX's headless platform (no display needed), a
# throw-away library holding the sample article, the article opened, then exit. The .deb's postinst runs this
# script; run it by hand in an app-image (or after moving the app folder to another Java):
#
#   sh <app folder>/lib/app/make-aot-cache.sh
#
# Until the cache exists, and when it does not fit the runtime and jars (stale or foreign), the launcher starts
# without it and prints nothing. Exits non-zero, leaving no cache behind, when the cache cannot be made.
set -eu

app_dir=$(cd "$(dirname "$0")" && pwd)
lib_dir=$(dirname "$app_dir")
config="$app_dir/Margin.cfg"
cache="$lib_dir/margin.aot"
java="$lib_dir/runtime/bin/java"

[ -r "$config" ] || { echo "make-aot-cache: no launcher config at $config" >&2; exit 1; }
# The class path and options exactly as the launcher sets them (the cache records the class path and the module
# options), less the cache option itself: a training start writes a cache, it does not read one.
class_path=$(sed -n "s|^app.classpath=\\\$APPDIR|$app_dir|p" "$config" | paste -s -d: -)
launcher_options=$(sed -n 's|^java-options=||p' "$config" | grep -v -e '^-XX:AOTCache=' | sed "s|\\\$APPDIR|$app_dir|g")
main_class=$(sed -n 's|^app.mainclass=||p' "$config")

work=$(mktemp -d "${TMPDIR:-/tmp}/margin-aot.XXXXXX")
trap 'rm -rf "$work"' EXIT
rm -f "$cache"
training() {
    # shellcheck disable=SC2086 # one option a line, none with spaces
    "$java" $launcher_options "$@" -Dglass.platform=Headless -Dprism.order=sw -Djava.awt.headless=true \
        -Dmargin.exitAfterArticle=true -cp "$class_path" "$main_class" --data-dir "$work/library" >>"$work/log" 2>&1
}
# The first start seeds the sample article; the second, an everyday start on that library, is the training run.
if ! training || ! training -XX:AOTCacheOutput="$work/margin.aot" || [ ! -s "$work/margin.aot" ]; then
    tail -n 20 "$work/log" >&2
    echo "make-aot-cache: the cache could not be made; Margin starts without it" >&2
    exit 1
fi
mv "$work/margin.aot" "$cache"
chmod 644 "$cache"
echo "make-aot-cache: wrote $cache ($(du -k "$cache" | cut -f1) KiB)"
