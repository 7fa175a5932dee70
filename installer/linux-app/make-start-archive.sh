#!/bin/sh
# Makes the start-up class-data archive of this copy of Margin, lib/margin-start.jsa (docs/perf/startup.md).
# The launcher maps it on top of the runtime's own archive at every start, so the classes a start needs are
# read already parsed and verified. Java 17 accepts such an archive only beside the very jars it was made
# from, so it cannot ship in the package: the .deb's postinst runs this script after unpacking. Run it again by
# hand after moving the app folder (until then the launcher quietly starts without it):
#
#   sh <app folder>/lib/app/make-start-archive.sh
#
# No display is needed: the training run only loads classes (dev.margin.ui.StartupArchive). Exits non-zero,
# leaving no archive behind, when the archive cannot be made.
set -eu

app_dir=$(cd "$(dirname "$0")" && pwd)
lib_dir=$(dirname "$app_dir")
config="$app_dir/Margin.cfg"
archive="$lib_dir/margin-start.jsa"
partial="$archive.partial"

[ -r "$config" ] || { echo "make-start-archive: no launcher config at $config" >&2; exit 1; }
# The class path and module options exactly as the launcher sets them: the archive records the class path.
class_path=$(sed -n "s|^app.classpath=\\\$APPDIR|$app_dir|p" "$config" | paste -s -d: -)
module_options=$(sed -n 's|^java-options=\(--add-exports=.*\)|\1|p' "$config")

rm -f "$archive" "$partial"
# shellcheck disable=SC2086 # one option a line, none with spaces
if ! "$lib_dir/runtime/bin/java" $module_options -Xlog:cds=off -Xlog:cds+dynamic=off \
        -XX:ArchiveClassesAtExit="$partial" -cp "$class_path" dev.margin.ui.StartupArchive \
        || [ ! -s "$partial" ]; then
    rm -f "$partial"
    echo "make-start-archive: the archive could not be made; Margin starts without it" >&2
    exit 1
fi
mv "$partial" "$archive"
chmod 644 "$archive"
echo "make-start-archive: wrote $archive ($(du -k "$archive" | cut -f1) KiB)"
