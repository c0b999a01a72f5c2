package dev.capex.tui;

import com.googlecode.lanterna.gui2.AbstractTextGUIThread;
import com.googlecode.lanterna.gui2.TextGUI;
import com.googlecode.lanterna.gui2.TextGUIThreadFactory;

/**
 * The "GUI thread" of a screen whose keys are fed one at a time by our own loop (the dashboard, the
 * viewers). Lanterna's widgets hand some work to the GUI thread instead of doing it at once — a
 * ComboBox runs its selection listeners through {@code invokeLater} — and Lanterna's own
 * {@code SameTextGUIThread} only runs that work inside {@code processEventsAndUpdate}, which also reads
 * the keys itself and so is never called here. Without {@link #runPending()} after each key, a form's
 * preview went stale whenever a list changed.
 */
final class KeyLoopThread extends AbstractTextGUIThread {
    private final Thread owner = Thread.currentThread();

    private KeyLoopThread(TextGUI gui) {
        super(gui);
    }

    static TextGUIThreadFactory factory() {
        return KeyLoopThread::new;
    }

    @Override
    public Thread getThread() {
        return owner;
    }

    /** Runs the work widgets asked to run later (listeners), including work that work adds; true if any. */
    boolean runPending() {
        boolean any = false;
        Runnable r;
        while ((r = customTasks.poll()) != null) {
            r.run();
            any = true;
        }
        return any;
    }
}
