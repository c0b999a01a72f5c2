package dev.capex.scenario;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Text that reaches a terminal or a page, made harmless: control characters (escape sequences, bells,
 * carriage returns), invisible format characters (bidirectional overrides) and the like, which can come
 * in with a team name, a scenario's texts or a save, are shown escaped ({@code \e}, {@code \u202E})
 * instead of being obeyed by the terminal. The dashboard, the plain mode, the error messages and the
 * HTML debrief all pass their text through here.
 */
public final class Printable {
    private Printable() {
    }

    /** One line for a terminal: every character that is not {@link Limits#printable} escaped, newlines too. */
    public static String line(String s) {
        return escape(s, false);
    }

    /** Text for a terminal that keeps its line breaks and tabs; every other control character is escaped. */
    public static String text(String s) {
        return escape(s, true);
    }

    private static String escape(String s, boolean keepBreaks) {
        if (s == null) {
            return "";
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            int c = s.codePointAt(i);
            if (!ok(c, keepBreaks)) {
                break;
            }
            i += Character.charCount(c);
        }
        if (i == n) {
            return s; // the usual case: nothing to escape, no copy
        }
        StringBuilder sb = new StringBuilder(n + 16).append(s, 0, i);
        while (i < n) {
            int c = s.codePointAt(i);
            sb.append(ok(c, keepBreaks) ? new String(Character.toChars(c)) : escape(c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static boolean ok(int c, boolean keepBreaks) {
        return keepBreaks && (c == '\n' || c == '\t') || Limits.printable(c);
    }

    /** One character as an escape a reader can see: \e, \n, \r, \t, \0 or \\uXXXX. */
    public static String escape(int c) {
        return switch (c) {
            case 0x1b -> "\\e";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case 0 -> "\\0";
            default -> c > 0xFFFF ? String.format("\\u{%X}", c) : String.format("\\u%04X", c);
        };
    }

    /**
     * A stream for the plain mode and the text outputs: what is written through it reaches the terminal
     * with every control character except line feeds and tabs escaped (decoded as UTF-8 on the way, so
     * that C1 controls and format characters are caught too).
     */
    public static java.io.PrintStream terminal(java.io.PrintStream out) {
        return new java.io.PrintStream(new java.io.BufferedOutputStream(terminal((OutputStream) out), 8192), true,
                StandardCharsets.UTF_8);
    }

    /** The filter of {@link #terminal(java.io.PrintStream)} on a byte stream. */
    public static OutputStream terminal(OutputStream target) {
        java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream(256);
        return new FilterOutputStream(buf) {
            private final byte[] pending = new byte[4];
            private int have;
            private int need;

            @Override
            public void write(int b) throws IOException {
                b &= 0xFF;
                if (need == 0) {
                    if (b < 0x80) {
                        if (b == '\n' || b == '\t' || b >= 0x20 && b != 0x7F) {
                            out.write(b);
                        } else {
                            out.write(escape(b).getBytes(StandardCharsets.US_ASCII));
                        }
                        return;
                    }
                    int len = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : b >= 0xC0 ? 2 : 1;
                    if (len == 1) {
                        out.write("\\uFFFD".getBytes(StandardCharsets.US_ASCII)); // a stray continuation byte
                        return;
                    }
                    pending[0] = (byte) b;
                    have = 1;
                    need = len;
                    return;
                }
                if ((b & 0xC0) != 0x80) {
                    // A broken sequence: show what was pending as a replacement and start again with b.
                    need = 0;
                    have = 0;
                    out.write("\\uFFFD".getBytes(StandardCharsets.US_ASCII));
                    write(b);
                    return;
                }
                pending[have++] = (byte) b;
                if (have == need) {
                    String s = new String(pending, 0, have, StandardCharsets.UTF_8);
                    int c = s.codePointAt(0);
                    if (Limits.printable(c)) {
                        out.write(pending, 0, have);
                    } else {
                        out.write(escape(c).getBytes(StandardCharsets.US_ASCII));
                    }
                    have = 0;
                    need = 0;
                }
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                for (int i = off; i < off + len; i++) {
                    write(b[i]);
                }
                drain();
            }

            private void drain() throws IOException {
                if (buf.size() > 0) {
                    buf.writeTo(target);
                    buf.reset();
                }
            }

            @Override
            public void flush() throws IOException {
                drain();
                target.flush();
            }

            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }
}
