package dev.margin.ui.common;

/**
 * The phases of one start, for the startup benchmark. With {@code -Dmargin.startupTimeline=true} every
 * {@link #mark} prints {@code margin.phase EPOCH_MILLIS NAME} on standard output; the benchmark subtracts
 * the moment it started the process. Without the property a mark costs one boolean test and prints nothing.
 *
 * <p>Wall-clock milliseconds are used because they are the one clock the benchmark's JVM and the started
 * JVM share.
 */
public final class StartupTimeline {
    private static final boolean ENABLED = Boolean.getBoolean("margin.startupTimeline");

    private StartupTimeline() {
    }

    /** Records that the start reached {@code phase} (one word, no spaces). */
    public static void mark(String phase) {
        if (ENABLED) {
            System.out.println("margin.phase " + System.currentTimeMillis() + " " + phase);
            System.out.flush();
        }
    }
}
