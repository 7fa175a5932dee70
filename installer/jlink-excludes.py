#!/usr/bin/env python3
"""Prints the value of the app-image's jlink --exclude-resources option (pom.xml, profile dist).

It drops whole parts of platform modules that Margin never runs (installer/README.md, "What is cut"). jlink
refuses an image in which a package named by a module's descriptor has no file left, so in every package of a
dropped part one file stays behind: the smallest class (else the smallest file) of the package. Nothing loads
these leftovers; they only keep the descriptor true. Folders whose names are no package names (doc-files) go whole.

Usage: installer/jlink-excludes.py LISTING, where LISTING is `jimage list --verbose` of a runtime built without
the option (target/dist/Margin/lib/runtime/lib/modules of a build whose pom lacks it). Run it again when the JDK's
version changes: jlink then names any package that lost all its files.
"""
import re
import sys

# (module, folder): the dropped parts and why (the same list as installer/README.md)
DROPPED = [
    ("java.desktop", "javax/swing"),             # Swing: the UI is JavaFX
    ("java.desktop", "com/sun/java/swing"),      # Swing's GTK and Motif looks
    ("java.desktop", "sun/swing"),               # Swing's internals
    ("java.desktop", "javax/sound"),             # javax.sound: libjsound is already left out
    ("java.desktop", "com/sun/media/sound"),
    ("java.desktop", "sun/awt/X11"),             # AWT's X11 toolkit: the launcher runs AWT headless
    ("java.desktop", "sun/java2d/xr"),           # AWT's X11 drawing pipelines (XRender, X11, OpenGL/GLX)
    ("java.desktop", "sun/java2d/x11"),
    ("java.desktop", "sun/java2d/opengl"),
    ("java.desktop", "sun/print"),               # printing (AWT's and JavaFX's): Margin prints nothing; PDF
    ("java.desktop", "javax/print"),             # reports are its paper form
    ("java.xml", "com/sun/org/apache/xalan/internal/xsltc"),  # the XSLT compiler: nothing transforms XML
    ("java.xml", "com/sun/org/apache/bcel"),     # the byte-code generator the XSLT compiler uses
    ("java.xml", "com/sun/java_cup"),            # the parser generator runtime of the XSLT compiler
]
PACKAGE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(/[A-Za-z_][A-Za-z0-9_]*)*$")


def read_listing(path):
    files = {}  # (module, folder) -> [(size, name)]
    module = None
    with open(path, encoding="utf-8") as listing:
        for line in listing:
            if line.startswith("Module: "):
                module = line.split()[1]
                continue
            fields = line.split()
            if len(fields) == 4 and fields[0].isdigit() and module:
                entry = fields[3]
                folder, _, name = entry.rpartition("/")
                files.setdefault((module, folder), []).append((int(fields[1]), name))
    return files


def patterns(files):
    result = []
    for (module, folder), entries in sorted(files.items()):
        if not any(module == m and (folder == f or folder.startswith(f + "/")) for m, f in DROPPED):
            continue
        if not PACKAGE.match(folder):
            result.append("/%s/%s/**" % (module, folder))
            continue
        classes = [e for e in entries if e[1].endswith(".class") and "$" not in e[1]]
        keep = min(classes or entries)[1]
        result.append("regex:/%s/%s/(?!%s$)[^/]*" % (re.escape(module), folder, re.escape(keep)))
    return result


if __name__ == "__main__":
    print(",".join(patterns(read_listing(sys.argv[1]))))
