package dev.capex.serve;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal at the far end of an SSH session channel: ANSI escapes out, keys in, over the
 * channel's streams (as Lanterna's TelnetTerminal does over a socket). Its size is the one the client's
 * PTY request gave, and a window-change request resizes it; Lanterna's screen picks the new size up at
 * its next refresh. No cursor-position query is ever sent to learn the size, so nothing waits on the
 * client.
 */
public final class SshTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    public SshTerminal(InputStream in, OutputStream out, int columns, int rows) {
        super(new CarriageReturns(in), out, StandardCharsets.UTF_8);
        this.size = new TerminalSize(Math.max(20, columns), Math.max(5, rows));
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window changed size (an SSH window-change request). */
    public void resized(int columns, int rows) {
        TerminalSize s = new TerminalSize(Math.max(20, columns), Math.max(5, rows));
        if (!s.equals(size)) {
            size = s;
            onResized(s);
        }
    }

    /**
     * What a terminal's line discipline does with ICRNL, which nobody does over SSH: the Return key
     * sends CR, and Lanterna reads Enter as LF. A CR LF pair (some clients) is one Enter.
     */
    static final class CarriageReturns extends java.io.FilterInputStream {
        private boolean lastCr;

        CarriageReturns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws java.io.IOException {
            while (true) {
                int b = super.read();
                if (b == '\n' && lastCr) {
                    lastCr = false;
                    continue;
                }
                lastCr = b == '\r';
                return b == '\r' ? '\n' : b;
            }
        }

        @Override
        public int read(byte[] buf, int off, int len) throws java.io.IOException {
            int n = super.read(buf, off, len);
            if (n <= 0) {
                return n;
            }
            int w = off;
            for (int i = off; i < off + n; i++) {
                byte b = buf[i];
                if (b == '\n' && lastCr) {
                    lastCr = false;
                    continue;
                }
                lastCr = b == '\r';
                buf[w++] = b == '\r' ? (byte) '\n' : b;
            }
            if (w == off) {
                return read(buf, off, len);
            }
            return w - off;
        }
    }
}
