package dev.capex.serve;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.session.Session;
import org.apache.sshd.common.session.SessionListener;
import org.apache.sshd.core.CoreModuleProperties;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.server.auth.AsyncAuthException;
import org.apache.sshd.server.auth.password.UserAuthPasswordFactory;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.channel.ChannelSessionFactory;
import org.apache.sshd.server.command.Command;
import org.apache.sshd.server.forward.RejectAllForwardingFilter;
import org.apache.sshd.server.keyprovider.SimpleGeneratorHostKeyProvider;
import org.apache.sshd.server.session.ServerSession;

/**
 * The served workshop: an SSH server (Apache MINA SSHD) that gives each team's laptops the dashboard of
 * that team's game, and runs the quarter for every team when the facilitator says so, when every team
 * has ended its turn, or when the quarter's timer runs out.
 *
 * Logins: the SSH user is the team's name, the password its join code; a wrong code is refused, and each
 * failure from one address makes the next answer wait longer (0.5 s, 1 s, 2 s… up to 30 s). Only the
 * "session" channel with a shell exists: exec requests, subsystems (SFTP, SCP), port and agent
 * forwarding are refused. The host key is kept in the workshop folder so that its fingerprint stays the
 * same across restarts. A laptop that sends no key for the idle time is disconnected; at most
 * maxConnections connections at once.
 *
 * Threads: MINA's threads only read keys and write frames; every game and screen change runs on one
 * game thread (a queue of tasks), so no game is touched by two threads.
 */
public final class ClassroomServer implements AutoCloseable {

    /** How the server is set up. graceMillis: the wait after the last team ends its turn before the quarter plays. */
    public record Config(String bind, int port, Duration idle, int maxConnections, int maxPerTeam, long graceMillis,
            boolean color, long maxBacklogBytes) {
        public static Config defaults(String bind, int port) {
            return new Config(bind, port, Duration.ofMinutes(30), 100, 4, 10_000, true, 4L << 20);
        }
    }

    private final Classroom room;
    private final JoinCodes codes;
    private final Config config;
    private final LongSupplier clock;
    private final Consumer<String> log;
    private final SshServer sshd;
    private final LinkedBlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    private final Map<String, String> loginToTeam = new ConcurrentHashMap<>();
    private final Map<String, Integer> failures = new ConcurrentHashMap<>();
    private final ScheduledExecutorService delays = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "capex-auth-delay");
        t.setDaemon(true);
        return t;
    });
    private final AtomicInteger sessions = new AtomicInteger();
    private final AtomicInteger ids = new AtomicInteger();
    private final List<TeamScreen> screens = new ArrayList<>();
    private final Thread loop;
    private volatile boolean running = true;
    private long allDoneSince = -1;
    private long lastHints;
    private Runnable onAdvance = () -> {
    };
    private long[] lastAdvance = {0, 0};

    /** The last quarter's timings in ms: played and saved, laptops redrawn (for the load benchmark). */
    public long[] lastAdvance() {
        return lastAdvance.clone();
    }

    public ClassroomServer(Classroom room, JoinCodes codes, Config config, LongSupplier clock, Consumer<String> log) {
        this.room = room;
        this.codes = codes;
        this.config = config;
        this.clock = clock;
        this.log = log;
        for (Classroom.Team t : room.teams()) {
            loginToTeam.put(t.name().toLowerCase(java.util.Locale.ROOT), t.name());
            loginToTeam.put(t.slug(), t.name());
        }
        this.sshd = SshServer.setUpDefaultServer();
        sshd.setHost(config.bind());
        sshd.setPort(config.port());
        sshd.setKeyPairProvider(new SimpleGeneratorHostKeyProvider(room.dir().resolve("host-key")));
        sshd.setUserAuthFactories(List.of(UserAuthPasswordFactory.INSTANCE));
        sshd.setPasswordAuthenticator(this::authenticate);
        sshd.setPublickeyAuthenticator(null);
        sshd.setKeyboardInteractiveAuthenticator(null);
        sshd.setGSSAuthenticator(null);
        sshd.setHostBasedAuthenticator(null);
        sshd.setChannelFactories(List.of(ChannelSessionFactory.INSTANCE));
        sshd.setShellFactory(channel -> new GameShell());
        sshd.setCommandFactory(null);
        sshd.setSubsystemFactories(List.of());
        sshd.setForwardingFilter(RejectAllForwardingFilter.INSTANCE);
        sshd.setAgentFactory(null);
        CoreModuleProperties.IDLE_TIMEOUT.set(sshd, config.idle().plusMinutes(5));
        CoreModuleProperties.AUTH_TIMEOUT.set(sshd, Duration.ofMinutes(2));
        CoreModuleProperties.MAX_AUTH_REQUESTS.set(sshd, 6);
        CoreModuleProperties.MAX_CONCURRENT_SESSIONS.set(sshd, config.maxPerTeam());
        sshd.addSessionListener(new SessionListener() {
            @Override
            public void sessionCreated(Session session) {
                if (sessions.incrementAndGet() > config.maxConnections()) {
                    log.accept("refused a connection from " + session.getRemoteAddress() + ": already "
                            + config.maxConnections() + " connections (--max-connections)");
                    session.close(true);
                }
            }

            @Override
            public void sessionClosed(Session session) {
                sessions.decrementAndGet();
            }
        });
        this.loop = new Thread(this::loop, "capex-classroom");
    }

    public void start() throws IOException {
        warmUp();
        sshd.start();
        loop.start();
    }

    /**
     * Draws one team's dashboard and result page on a virtual terminal before the first team logs in:
     * the first dashboard of a cold JVM takes a second or more (classes, JIT), which would otherwise hold up
     * the game thread, and every other laptop, when the first team connects.
     */
    private void warmUp() throws IOException {
        Classroom.Team t = room.teams().get(0);
        com.googlecode.lanterna.screen.TerminalScreen s = new com.googlecode.lanterna.screen.TerminalScreen(
                new com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal(
                        new com.googlecode.lanterna.TerminalSize(100, 30)));
        s.startScreen();
        dev.capex.tui.CapexTui tui = new dev.capex.tui.CapexTui(t.session(), s, config.color());
        tui.redraw();
        if (t.session().lastResult() != null) {
            tui.openLastResult();
            tui.redraw();
        }
        s.stopScreen();
    }

    /** The port the server listens on (the real one when started on port 0). */
    public int port() {
        return sshd.getPort();
    }

    /** The host key's fingerprint, as ssh shows it on first connection: SHA256:…. */
    public String fingerprint() {
        try {
            for (KeyPair kp : sshd.getKeyPairProvider().loadKeys(null)) {
                return KeyUtils.getKeyType(kp) + " " + KeyUtils.getFingerPrint(kp.getPublic());
            }
        } catch (IOException | java.security.GeneralSecurityException e) {
            return "(unknown: " + e.getMessage() + ")";
        }
        return "(no host key)";
    }

    public Classroom room() {
        return room;
    }

    /** Called on the game thread after each quarter has been played for every team. */
    public void onAdvance(Runnable r) {
        onAdvance = r;
    }

    /** Runs {@code c} on the game thread and waits for its result (the facilitator's commands). */
    public <T> T call(Callable<T> c) throws IOException {
        CompletableFuture<T> f = new CompletableFuture<>();
        tasks.add(() -> {
            try {
                f.complete(c.call());
            } catch (Throwable e) {
                f.completeExceptionally(e);
            }
        });
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IOException(e.getCause());
        }
    }

    // ---- the facilitator's actions (game thread)

    /** Plays the quarter for every team now, redraws every laptop with its result. */
    public void advanceNow() throws IOException {
        if (room.isOver()) {
            return;
        }
        String q = room.quarter().toString();
        long t0 = System.nanoTime();
        room.advance();
        long t1 = System.nanoTime();
        allDoneSince = -1;
        for (TeamScreen s : List.copyOf(screens)) {
            s.rebuild(room, true);
        }
        long t2 = System.nanoTime();
        lastAdvance = new long[] {(t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000};
        log.accept(q + " has been played for every team" + (room.isOver() ? "; every game is over." : "; now "
                + room.quarter() + " (" + room.timerText() + ")") + String.format(java.util.Locale.ROOT,
                " [played and saved in %d ms, %d laptop(s) redrawn in %d ms]", lastAdvance[0], screens.size(),
                lastAdvance[1]));
        onAdvance.run();
    }

    /** After an undo or an injected card: every laptop of the team (or all) redraws. */
    public void redrawAll() throws IOException {
        for (TeamScreen s : List.copyOf(screens)) {
            s.draw(room);
        }
    }

    /** The number of laptops connected for a team. */
    public int connections(String team) {
        return (int) screens.stream().filter(s -> s.team.name().equals(team) && !s.closed).count();
    }

    public int connections() {
        return (int) screens.stream().filter(s -> !s.closed).count();
    }

    /** Closes every laptop of a team (it can log in again). */
    public int kick(String team) {
        int n = 0;
        for (TeamScreen s : List.copyOf(screens)) {
            if (s.team.name().equals(team)) {
                closeScreen(s, "The facilitator closed this connection; log in again to go on.");
                n++;
            }
        }
        return n;
    }

    // ---- the game thread

    private void loop() {
        while (running) {
            try {
                Runnable r = tasks.poll(200, TimeUnit.MILLISECONDS);
                if (r != null) {
                    r.run();
                }
                tick();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException | Error e) {
                // The game thread never dies: what was saved stays saved, the next task runs.
                log.accept("error: " + e + " (the last saved state is intact)");
            }
        }
    }

    private void tick() throws IOException {
        long now = clock.getAsLong();
        if (room.isOver()) {
            return;
        }
        if (room.timeUp()) {
            log.accept("The time for " + room.quarter() + " is up.");
            advanceNow();
            return;
        }
        if (room.allDone()) {
            if (allDoneSince < 0) {
                allDoneSince = now;
                log.accept("Every team has ended its turn for " + room.quarter() + (config.graceMillis() > 0
                        ? "; it plays in " + config.graceMillis() / 1000 + " s unless a team takes its turn back."
                        : "."));
            }
            if (now - allDoneSince >= config.graceMillis()) {
                advanceNow();
                return;
            }
        } else {
            allDoneSince = -1;
        }
        if (now - lastHints >= 15_000) {
            lastHints = now;
            room.checkpoint();
            for (TeamScreen s : List.copyOf(screens)) {
                if (now - s.lastInput > config.idle().toMillis()) {
                    closeScreen(s, dev.capex.report.Msg.t("srv.idle", config.idle().toMinutes()));
                } else {
                    s.draw(room);
                }
            }
        }
    }

    private void key(TeamScreen s, KeyStroke k) {
        if (s.closed) {
            return;
        }
        try {
            s.lastInput = clock.getAsLong();
            if (k.getKeyType() == KeyType.EOF) {
                closeScreen(s, null);
                return;
            }
            long doneBefore = room.teams().stream().filter(Classroom.Team::done).count();
            boolean changed = s.handle(room, k);
            boolean everyone = doneBefore != room.teams().stream().filter(Classroom.Team::done).count();
            if (s.wantsToLeave()) {
                closeScreen(s, "Your game is saved on the server; log in again to go on.");
                return;
            }
            if (changed) {
                for (TeamScreen o : List.copyOf(screens)) {
                    if (o != s && (o.team == s.team || everyone)) {
                        o.draw(room);
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            log.accept("error on " + s.team.name() + "'s laptop " + s.remote + ": " + e + " (its game is saved)");
            closeScreen(s, null);
        }
    }

    private void closeScreen(TeamScreen s, String message) {
        if (s.closed) {
            return;
        }
        s.closed = true;
        screens.remove(s);
        s.stopScreen();
        if (message != null) {
            try {
                s.out.write((message + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                s.out.flush();
            } catch (IOException e) {
                // gone
            }
        }
        s.out.finish(() -> {
            if (s.exit != null) {
                s.exit.onExit(0);
            }
        });
        log.accept(s.team.name() + " disconnected (" + s.remote + "); " + connections(s.team.name()) + " laptop(s) left");
    }

    // ---- logins

    private boolean authenticate(String user, String password, ServerSession session) {
        String team = loginToTeam.get(user == null ? "" : user.toLowerCase(java.util.Locale.ROOT));
        if (team == null && user != null) {
            team = loginToTeam.get(user);
        }
        String from = address(session.getRemoteAddress());
        if (team != null && codes.matches(team, password)) {
            failures.remove(from);
            return true;
        }
        int n = failures.merge(from, 1, Integer::sum);
        long delay = Math.min(30_000L, 500L << Math.min(6, n - 1));
        log.accept("refused a login as '" + user + "' from " + from + " (wrong team or code; failure " + n + ")");
        AsyncAuthException async = new AsyncAuthException();
        delays.schedule(() -> async.setAuthed(false), delay, TimeUnit.MILLISECONDS);
        throw async;
    }

    private static String address(SocketAddress a) {
        return a instanceof InetSocketAddress i ? i.getAddress().getHostAddress() : String.valueOf(a);
    }

    /** The shell of a team's SSH session: its dashboard. */
    private final class GameShell implements Command {
        private InputStream in;
        private OutputStream out;
        private ExitCallback exit;
        private TeamScreen screen;

        @Override
        public void setExitCallback(ExitCallback callback) {
            this.exit = callback;
        }

        @Override
        public void setInputStream(InputStream in) {
            this.in = in;
        }

        @Override
        public void setOutputStream(OutputStream out) {
            this.out = out;
        }

        @Override
        public void setErrorStream(OutputStream err) {
        }

        @Override
        public void start(ChannelSession channel, Environment env) throws IOException {
            String user = channel.getSession().getUsername();
            String teamName = loginToTeam.get(user.toLowerCase(java.util.Locale.ROOT));
            Classroom.Team team = teamName == null ? null : room.team(teamName);
            String remote = address(channel.getSession().getRemoteAddress());
            int cols = number(env.getEnv().get(Environment.ENV_COLUMNS), 80);
            int rows = number(env.getEnv().get(Environment.ENV_LINES), 24);
            int id = ids.incrementAndGet();
            ChannelWriter writer = new ChannelWriter(out, "capex-out-" + id, config.maxBacklogBytes(),
                    () -> tasks.add(() -> {
                        if (screen != null) {
                            log.accept(screen.team.name() + "'s laptop " + remote + " stopped reading: disconnected");
                            closeScreen(screen, null);
                        }
                    }));
            SshTerminal terminal = new SshTerminal(in, writer, cols, rows);
            env.addSignalListener((ch, signal) -> {
                terminal.resized(number(env.getEnv().get(Environment.ENV_COLUMNS), cols),
                        number(env.getEnv().get(Environment.ENV_LINES), rows));
                tasks.add(() -> {
                    if (screen != null && !screen.closed) {
                        try {
                            screen.draw(room);
                        } catch (IOException e) {
                            closeScreen(screen, null);
                        }
                    }
                });
            }, Signal.WINCH);
            tasks.add(() -> {
                try {
                    screen = new TeamScreen(id, team, terminal, writer, remote, config.color(), clock.getAsLong());
                    screen.exit = exit;
                    screens.add(screen);
                    screen.open(room);
                    log.accept(team.name() + " connected from " + remote + " (" + connections(team.name())
                            + " laptop(s))");
                    Thread reader = new Thread(() -> read(screen), "capex-in-" + id);
                    reader.setDaemon(true);
                    reader.start();
                } catch (IOException | RuntimeException e) {
                    log.accept("could not open " + user + "'s screen: " + e.getMessage());
                    exit.onExit(1, "capex: " + e.getMessage());
                }
            });
        }

        private void read(TeamScreen s) {
            try {
                while (!s.closed) {
                    KeyStroke k = s.terminal.readInput();
                    tasks.add(() -> key(s, k));
                    if (k == null || k.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            } catch (IOException | RuntimeException e) {
                tasks.add(() -> closeScreen(s, null));
            }
        }

        @Override
        public void destroy(ChannelSession channel) {
            tasks.add(() -> {
                if (screen != null && !screen.closed) {
                    screen.closed = true;
                    screens.remove(screen);
                    screen.out.close();
                    log.accept(screen.team.name() + " lost its connection (" + screen.remote + "); its game goes on");
                }
            });
        }
    }

    private static int number(String s, int otherwise) {
        try {
            return s == null ? otherwise : Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            call(() -> {
                for (TeamScreen s : List.copyOf(screens)) {
                    closeScreen(s, dev.capex.report.Msg.t("srv.stopping"));
                }
                return null;
            });
        } catch (IOException | RuntimeException e) {
            // stopping anyway
        }
        // The game thread finishes the task in hand (a save being written) before close returns: nothing is
        // written into the workshop's folder after the server is closed.
        running = false;
        if (Thread.currentThread() != loop) {
            try {
                loop.join(5_000);
                if (loop.isAlive()) {
                    loop.interrupt();
                    loop.join(1_000);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        sshd.stop(true);
        delays.shutdownNow();
        try {
            delays.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** For tests and the benchmark: the folder the server keeps. */
    public Path dir() {
        return room.dir();
    }
}
