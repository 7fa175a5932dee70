import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.classfile.ClassFile;
import java.lang.classfile.constantpool.PoolEntry;
import java.lang.classfile.constantpool.Utf8Entry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Drops from chosen jars of the app-image's class path the classes nothing can reach (installer/README.md, "What is
 * cut"). Run by the dist profile on target/jpackage/input before jpackage, on JDK 25 (java.lang.classfile):
 *
 * <pre>java installer/ShrinkJars.java FOLDER MAIN_CLASS PREFIX...</pre>
 *
 * Every jar in FOLDER whose name starts with a PREFIX is shrunk; all other jars count whole as roots, and one of
 * them must hold MAIN_CLASS (the application's own jar), else nothing is written. A class is kept
 * when a root or a kept class names it anywhere in its constant pool (class references, descriptors, signatures,
 * annotations and string constants, so {@code Class.forName("a.b.C")} keeps a.b.C), or when any resource of any
 * jar names it as text (service files, CSS, properties, XML; zips inside jars, such as OpenNLP's model files, are
 * read too). Resources and everything under META-INF of a shrunk jar stay as they are. A class that is reached only
 * by a name computed at run time would be lost: that is why only jars checked by a run of every feature are listed
 * in the pom.
 */
public final class ShrinkJars {
    /** A class name, dotted (a.b.C, in strings and resources) or with slashes (a/b/C, in class references). */
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][\\w$]*(?:[./][A-Za-z_$][\\w$]*)+");
    /** A class in a descriptor or signature: La/b/C; or La/b/C<...>; (NAME alone would read "La/b/C" or "ILa/b/C"). */
    private static final Pattern DESCRIPTOR_CLASS = Pattern.compile("L([A-Za-z_$][\\w$]*(?:/[A-Za-z_$][\\w$]*)*)[;<.]");

    private final Map<String, byte[]> classes = new HashMap<>();
    private final Set<String> reached = new HashSet<>();
    private final Deque<String> pending = new ArrayDeque<>();

    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            System.err.println("usage: java ShrinkJars.java FOLDER MAIN_CLASS PREFIX...");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        String mainClass = args[1].replace('.', '/');
        List<String> prefixes = List.of(args).subList(2, args.length);
        List<Path> jars;
        try (var files = Files.list(folder)) {
            jars = files.filter(file -> file.getFileName().toString().endsWith(".jar")).sorted().toList();
        }
        new ShrinkJars().run(jars, mainClass, prefixes);
    }

    private void run(List<Path> jars, String mainClass, List<String> prefixes) throws IOException {
        Map<Path, Map<String, byte[]>> shrunk = new LinkedHashMap<>();
        List<String> roots = new ArrayList<>();
        List<byte[]> resources = new ArrayList<>();
        for (Path jar : jars) {
            boolean shrink = prefixes.stream().anyMatch(prefix -> jar.getFileName().toString().startsWith(prefix));
            Map<String, byte[]> entries = read(jar);
            if (shrink) {
                shrunk.put(jar, entries);
            }
            entries.forEach((name, bytes) -> {
                if (name.endsWith(".class") && !name.startsWith("META-INF/")) {
                    String className = name.substring(0, name.length() - ".class".length());
                    classes.put(className, bytes);
                    if (!shrink) {
                        roots.add(className);
                    }
                } else if (!name.endsWith("/")) {
                    resources.add(bytes);
                }
            });
        }
        if (!roots.contains(mainClass)) {
            // without the application's own classes as roots almost everything would go
            throw new IllegalStateException("ShrinkJars: no unshrunk jar holds " + mainClass);
        }
        roots.forEach(this::reach);
        for (byte[] resource : resources) {
            namesInResource(resource, 0);
        }
        while (!pending.isEmpty()) {
            namesInClass(classes.get(pending.pop()));
        }
        for (var jar : shrunk.entrySet()) {
            write(jar.getKey(), jar.getValue());
        }
    }

    private void reach(String className) {
        if (classes.containsKey(className) && reached.add(className)) {
            pending.push(className);
        }
    }

    private void names(CharSequence text) {
        Matcher matcher = NAME.matcher(text);
        while (matcher.find()) {
            reach(matcher.group().replace('.', '/'));
        }
        Matcher descriptor = DESCRIPTOR_CLASS.matcher(text);
        while (descriptor.find()) {
            reach(descriptor.group(1));
        }
    }

    private void namesInClass(byte[] bytes) {
        for (PoolEntry entry : ClassFile.of().parse(bytes).constantPool()) {
            if (entry instanceof Utf8Entry utf8) {
                names(utf8.stringValue());
            }
        }
    }

    /** Text resources as Latin-1 (class names are ASCII); a zip inside a jar (a model file) is read entry by entry. */
    private void namesInResource(byte[] bytes, int depth) {
        if (depth < 3 && bytes.length > 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
                for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                    namesInResource(zip.readAllBytes(), depth + 1);
                }
                return;
            } catch (IOException notAZip) {
                // read it as text below
            }
        }
        names(new String(bytes, StandardCharsets.ISO_8859_1));
    }

    private static Map<String, byte[]> read(Path jar) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (InputStream in = Files.newInputStream(jar); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        return entries;
    }

    private void write(Path jar, Map<String, byte[]> entries) throws IOException {
        long before = Files.size(jar);
        int kept = 0;
        int dropped = 0;
        Path temporary = jar.resolveSibling(jar.getFileName() + ".shrinking");
        try (OutputStream out = Files.newOutputStream(temporary); ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (var entry : entries.entrySet()) {
                String name = entry.getKey();
                boolean isClass = name.endsWith(".class") && !name.startsWith("META-INF/");
                if (isClass && !reached.contains(name.substring(0, name.length() - ".class".length()))) {
                    dropped++;
                    continue;
                }
                if (isClass) {
                    kept++;
                }
                zip.putNextEntry(new ZipEntry(name));
                zip.write(entry.getValue());
                zip.closeEntry();
            }
        }
        Files.move(temporary, jar, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        System.out.printf("ShrinkJars: %s %,d -> %,d bytes, %d classes kept, %d dropped%n",
                jar.getFileName(), before, Files.size(jar), kept, dropped);
    }
}
