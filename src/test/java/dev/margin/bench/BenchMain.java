package dev.margin.bench;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs Margin's benchmarks by name: {@code mvn -B -Pbench test-compile exec:exec -Dbench.args="store import"}.
 * A name {@code x} runs the class {@code dev.margin.bench.XBench}; {@code all} runs every known one.
 * Each benchmark prints its figures next to the floor it is compared with, measured in the same run.
 */
public final class BenchMain {
    private static final List<String> ALL = List.of("store", "import", "reader", "search", "export", "suggest", "startup");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        List<String> names = new ArrayList<>();
        for (String arg : args.length == 0 ? new String[] {"all"} : args) {
            if (arg.equals("all")) {
                names.addAll(ALL);
            } else {
                names.add(arg);
            }
        }
        for (String name : names) {
            String className = "dev.margin.bench." + Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(Locale.ROOT) + "Bench";
            Class<?> bench;
            try {
                bench = Class.forName(className);
            } catch (ClassNotFoundException e) {
                System.out.println("== " + name + ": no benchmark " + className + " in this build");
                continue;
            }
            System.out.println("== " + name + " (" + className + ")");
            Method main = bench.getMethod("main", String[].class);
            main.invoke(null, (Object) new String[0]);
        }
    }
}
