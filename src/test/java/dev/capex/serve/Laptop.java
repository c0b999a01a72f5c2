package dev.capex.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.apache.sshd.client.SshClient;
import org.apache.sshd.client.channel.ChannelShell;
import org.apache.sshd.client.keyverifier.AcceptAllServerKeyVerifier;
import org.apache.sshd.client.session.ClientSession;
import org.apache.sshd.core.CoreModuleProperties;

/** A team's laptop in a test: sshd's own SSH client, a shell with a PTY, keys typed in, the screen's bytes kept. */
final class Laptop implements AutoCloseable {
    final ClientSession session;
    final ChannelShell shell;
    private final PipedOutputStream keys;
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    private Laptop(ClientSession session, ChannelShell shell, PipedOutputStream keys) {
        this.session = session;
        this.shell = shell;
        this.keys = keys;
    }

    static SshClient client() {
        SshClient c = SshClient.setUpDefaultClient();
        c.setServerKeyVerifier(AcceptAllServerKeyVerifier.INSTANCE);
        CoreModuleProperties.REQUEST_EXEC_REPLY.set(c, true);
        CoreModuleProperties.REQUEST_SUBSYSTEM_REPLY.set(c, true);
        c.start();
        return c;
    }

    /** Logs in (throws if refused). */
    static ClientSession login(SshClient c, int port, String user, String code) throws IOException {
        ClientSession s = c.connect(user, "127.0.0.1", port).verify(Duration.ofSeconds(20)).getSession();
        s.addPasswordIdentity(code);
        s.auth().verify(Duration.ofSeconds(40));
        return s;
    }

    static Laptop open(SshClient c, int port, String user, String code, int cols, int rows) throws IOException {
        ClientSession s = login(c, port, user, code);
        ChannelShell sh = s.createShellChannel();
        sh.setPtyType("xterm");
        sh.setPtyColumns(cols);
        sh.setPtyLines(rows);
        PipedOutputStream keys = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(keys, 1 << 16);
        sh.setIn(in);
        Laptop l = new Laptop(s, sh, keys);
        OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                synchronized (l.screen) {
                    l.screen.write(b);
                }
            }

            @Override
            public void write(byte[] b, int off, int len) {
                synchronized (l.screen) {
                    l.screen.write(b, off, len);
                }
            }
        };
        sh.setOut(out);
        sh.setErr(out);
        sh.open().verify(Duration.ofSeconds(20));
        return l;
    }

    Laptop type(String s) throws IOException {
        keys.write(s.getBytes(StandardCharsets.UTF_8));
        keys.flush();
        return this;
    }

    /** Everything the server drew so far, escapes and all. */
    String screen() {
        synchronized (screen) {
            return screen.toString(StandardCharsets.UTF_8);
        }
    }

    /** The text drawn, escape sequences taken out, lower case: what a search for words on screen needs. */
    String text() {
        return screen().replaceAll("\u001b\\[[0-9;?]*[A-Za-z]", "").replaceAll("\u001b[()][A-Z0-9]", "")
                .toLowerCase(java.util.Locale.ROOT);
    }

    int bytes() {
        synchronized (screen) {
            return screen.size();
        }
    }

    @Override
    public void close() throws IOException {
        shell.close(true);
        session.close(true);
    }
}
