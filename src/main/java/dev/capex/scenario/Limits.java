package dev.capex.scenario;

import dev.capex.engine.decision.Decision;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The hard limits of every input (docs/limits.md): each is checked before the work it bounds starts, so
 * that no input can make Capex run for ever or eat the machine, and each refusal says which limit and
 * what was given. The largest input each limit allows is measured by scripts/limits-bench.sh.
 */
public final class Limits {
    private Limits() {
    }

    /** A scenario file (the shipped ones are about 50 KB). */
    public static final long SCENARIO_BYTES = 1L << 20;
    /** A plan file or workshop decision log (a full game at the decision limit is about 1 MB). */
    public static final long PLAN_BYTES = 2L << 20;
    /** A save file: its scenario (at most {@link #SCENARIO_BYTES}) and every quarter's decisions and figures. */
    public static final long SAVE_BYTES = 4L << 20;
    /** Decisions in one quarter (a plan's quarter, a save's quarter, a quarter played). */
    public static final int DECISIONS_PER_QUARTER = 100;
    /** Decisions queued at once in the plain mode and on the dashboard. */
    public static final int QUEUED_DECISIONS = DECISIONS_PER_QUARTER;
    /** Quarters in a game (startQuarter to endQuarter). */
    public static final int TURNS = 40;
    /** {@code simulate --worlds}. */
    public static final long WORLDS = 1_000_000;
    /** A team's name, in characters. */
    public static final int TEAM_NAME = 40;
    /** Teams in one workshop, saves in one compare or report. */
    public static final int TEAMS = 50;
    /** An id or a name in a scenario, in characters. */
    public static final int NAME = 200;
    /** A text in a scenario (descriptions, lessons, card texts), in characters. */
    public static final int TEXT = 4000;
    /** The problems `validate` (and a refused save or plan) prints one a line; the rest are counted. */
    public static final int PROBLEMS_SHOWN = 20;
    /** Any list in a scenario not named in {@link #LISTS}. */
    public static final int LIST = 200;
    /** Lists with a limit of their own, keyed by the list's field name. */
    public static final Map<String, Integer> LISTS = Map.ofEntries(
            Map.entry("competitors", 40), Map.entry("lenders", 40), Map.entry("events", 200),
            Map.entry("targets", 40), Map.entry("sites", 40), Map.entry("gpuGenerations", 20),
            Map.entry("cloudProviders", 20), Map.entry("existingDebt", 100), Map.entry("history", 40),
            Map.entry("arenaField", 200), Map.entry("ratings", 30), Map.entry("startingFleet", 40));

    /** A decision's amount in millions of dollars ($100 trillion). */
    public static final long AMOUNT_M = 100_000_000L;
    /** A decision's count (GPUs, H100-equivalents, stars, quarters, years). */
    public static final long COUNT = 1_000_000_000L;
    /** Any other number in a decision (a share, a percentage, gigawatts, dollars a share). */
    public static final double NUMBER = 1_000_000;

    /** The limit of a scenario list, by its field name. */
    public static int list(String field) {
        return LISTS.getOrDefault(field, LIST);
    }

    /** An input that is over a limit or cannot be read, with one line naming the file and why. */
    public static final class TooLarge extends Exception {
        public TooLarge(String message) {
            super(message, null, false, false);
        }
    }

    /**
     * Reads a UTF-8 text file of at most {@code max} bytes: a larger one is refused before it is read.
     * Every failure is one line naming the file and the reason the operating system gave.
     */
    public static String readText(Path file, long max, String what) throws TooLarge {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new TooLarge(name + ": is a directory, not " + what);
            }
            if (!Files.exists(file)) {
                throw new TooLarge(name + ": no such " + what.replaceFirst("^an? ", ""));
            }
            long size = Files.size(file);
            if (size > max) {
                throw new TooLarge(name + ": is " + bytes(size) + "; " + what + " may be at most " + bytes(max)
                        + " (docs/limits.md)");
            }
            byte[] data;
            try (InputStream in = Files.newInputStream(file)) {
                // A file that grows while it is read (a pipe, a device) is still cut at the limit.
                data = in.readNBytes((int) max + 1);
            }
            if (data.length > max) {
                throw new TooLarge(name + ": is larger than " + bytes(max) + ", the limit for " + what
                        + " (docs/limits.md)");
            }
            try {
                return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(data)).toString();
            } catch (CharacterCodingException e) {
                throw new TooLarge(name + ": cannot be read: it is not UTF-8 text");
            }
        } catch (IOException e) {
            throw new TooLarge(name + ": cannot be read: " + reason(e));
        }
    }

    /** "1.5 MB", "200 KB", "12 bytes". */
    public static String bytes(long n) {
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        if (n >= 1L << 10) {
            return String.format(Locale.ROOT, "%.0f KB", n / (double) (1L << 10));
        }
        return n + (n == 1 ? " byte" : " bytes");
    }

    /**
     * The operating system's reason for a failed read or write, in words: "permission denied", "no such
     * file or directory", "file name too long", "no space left on device"...
     */
    public static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException n) {
            return n.getFile() != null && n.getReason() == null ? "no such file or directory" : lower(n.getReason());
        }
        if (e instanceof NotDirectoryException) {
            return "a part of the path is a file, not a directory";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException) {
            return "a file of that name exists already";
        }
        if (e instanceof java.nio.file.DirectoryNotEmptyException) {
            return "it is a directory that is not empty";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return lower(f.getReason());
        }
        String m = e.getMessage();
        if (m == null || m.isBlank()) {
            return "an input/output error";
        }
        return lower(m);
    }

    private static String lower(String s) {
        if (s == null || s.isEmpty()) {
            return "an input/output error";
        }
        String t = s.strip();
        return Character.toLowerCase(t.charAt(0)) + t.substring(1);
    }

    /**
     * What is wrong with a team name, or null if it is fine: not empty, at most {@link #TEAM_NAME}
     * characters, no control characters (a name is shown on terminals and in file names).
     */
    public static String teamProblem(String team) {
        if (team == null || team.isBlank()) {
            return "a team name cannot be empty";
        }
        if (team.codePointCount(0, team.length()) > TEAM_NAME) {
            return "a team name may have at most " + TEAM_NAME + " characters, this one has "
                    + team.codePointCount(0, team.length());
        }
        for (int i = 0; i < team.length(); ) {
            int c = team.codePointAt(i);
            if (!printable(c)) {
                return "a team name cannot contain control characters (found " + Printable.escape(c) + ")";
            }
            i += Character.charCount(c);
        }
        if (!team.strip().equals(team)) {
            return "a team name cannot begin or end with a space";
        }
        return null;
    }

    /** A character that can be shown as itself: not a control, format, surrogate or unassigned character. */
    public static boolean printable(int c) {
        int t = Character.getType(c);
        return !(Character.isISOControl(c) || t == Character.FORMAT || t == Character.SURROGATE
                || t == Character.UNASSIGNED || t == Character.PRIVATE_USE || t == Character.LINE_SEPARATOR
                || t == Character.PARAGRAPH_SEPARATOR);
    }

    /**
     * What is wrong with a decision's numbers, or null: every number finite and within its cap (money
     * {@link #AMOUNT_M}, counts {@link #COUNT}, any other number {@link #NUMBER}), so that no amount
     * a player types can carry the game's state to values it cannot keep exactly.
     */
    public static String decisionProblem(Decision d) {
        return recordProblem((Record) d, "");
    }

    /** The most items a list inside one decision may hold (a bond deal's tranches). */
    public static final int DECISION_LIST = 20;

    private static String recordProblem(Record d, String prefix) {
        for (RecordComponent c : d.getClass().getRecordComponents()) {
            Class<?> t = c.getType();
            Object v;
            try {
                v = c.getAccessor().invoke(d);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            String name = prefix + c.getName();
            if (v instanceof java.util.List<?> list) {
                if (list.size() > DECISION_LIST) {
                    return name + ": at most " + DECISION_LIST + " items, got " + list.size();
                }
                for (int i = 0; i < list.size(); i++) {
                    if (list.get(i) instanceof Record r) {
                        String p = recordProblem(r, name + "[" + i + "].");
                        if (p != null) {
                            return p;
                        }
                    }
                }
                continue;
            }
            if (t != long.class && t != int.class && t != double.class) {
                continue;
            }
            double x = ((Number) v).doubleValue();
            if (t == double.class && !Double.isFinite(x)) {
                return name + ": " + x + " is not a number";
            }
            if (name.endsWith("M")) {
                if (Math.abs(x) > AMOUNT_M) {
                    return name + ": at most " + AMOUNT_M + " (millions of dollars, $100 trillion), got " + number(x);
                }
            } else if (t != double.class) {
                if (Math.abs(x) > COUNT) {
                    return name + ": at most " + COUNT + ", got " + number(x);
                }
            } else if (Math.abs(x) > NUMBER) {
                return name + ": at most " + (long) NUMBER + ", got " + number(x);
            }
        }
        return null;
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e18 ? Long.toString((long) x) : Double.toString(x);
    }
}
