package dev.capex.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The output side of a team's terminal: the game's thread writes a frame here without ever waiting on
 * the network (a slow or stalled laptop must not hold up the 39 others), and the frame goes to the SSH
 * channel on this connection's own writer thread. A client that stops reading for so long that
 * {@code maxBacklog} bytes pile up is dropped (it can reconnect to its game).
 */
final class ChannelWriter extends OutputStream {
    private final OutputStream channel;
    private final ExecutorService writer;
    private final long maxBacklog;
    private final Runnable onStall;
    private final AtomicLong backlog = new AtomicLong();
    private ByteArrayOutputStream frame = new ByteArrayOutputStream(8192);
    private volatile boolean closed;

    ChannelWriter(OutputStream channel, String name, long maxBacklog, Runnable onStall) {
        this.channel = channel;
        this.maxBacklog = maxBacklog;
        this.onStall = onStall;
        this.writer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public synchronized void write(int b) {
        frame.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) {
        frame.write(b, off, len);
    }

    @Override
    public synchronized void flush() {
        if (frame.size() == 0 || closed) {
            frame.reset();
            return;
        }
        byte[] bytes = frame.toByteArray();
        frame = new ByteArrayOutputStream(8192);
        if (backlog.addAndGet(bytes.length) > maxBacklog) {
            closed = true;
            onStall.run();
            return;
        }
        writer.execute(() -> {
            try {
                if (!closed) {
                    channel.write(bytes);
                    channel.flush();
                }
            } catch (IOException e) {
                closed = true;
            } finally {
                backlog.addAndGet(-bytes.length);
            }
        });
    }

    /** Bytes handed over but not yet written to the channel. */
    long backlog() {
        return backlog.get();
    }

    /** Runs {@code then} after every frame handed over so far has been written, and stops the writer. */
    void finish(Runnable then) {
        try {
            writer.execute(then);
        } catch (java.util.concurrent.RejectedExecutionException alreadyFinished) {
            return;
        }
        writer.shutdown();
    }

    @Override
    public void close() {
        closed = true;
        writer.shutdownNow();
    }
}
