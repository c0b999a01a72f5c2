package dev.capex.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The teams' join codes: one secret per team, made with {@link SecureRandom} when a served workshop
 * starts, shown to the facilitator and kept in a file that only its owner can read (POSIX 600), one
 * {@code team code} a line. A team logs in with its name as the SSH user and its code as the password.
 * Codes use letters and digits that cannot be mistaken for one another when read off a projector or a
 * slip of paper (no 0/o, 1/l/i).
 */
public final class JoinCodes {
    static final String ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";
    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private final Map<String, String> codes;

    private JoinCodes(Map<String, String> codes) {
        this.codes = Map.copyOf(codes);
    }

    /** New codes for the teams: 8 characters in two groups, about 40 bits each. */
    public static JoinCodes generate(List<String> teams, SecureRandom random) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String t : teams) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                if (i == 4) {
                    sb.append('-');
                }
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            m.put(t, sb.toString());
        }
        return new JoinCodes(m);
    }

    public String of(String team) {
        return codes.get(team);
    }

    /** True if {@code given} is the team's code (compared in constant time; case and spaces around ignored). */
    public boolean matches(String team, String given) {
        String code = codes.get(team);
        if (code == null || given == null) {
            return false;
        }
        return MessageDigest.isEqual(code.getBytes(StandardCharsets.UTF_8),
                given.trim().toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.UTF_8));
    }

    /** The file's text: one "team code" a line, in the teams' order. */
    public String text(List<String> teams) {
        StringBuilder sb = new StringBuilder();
        for (String t : teams) {
            sb.append(t).append(' ').append(codes.get(t)).append('\n');
        }
        return sb.toString();
    }

    /**
     * Writes the codes to {@code file} readable and writable by its owner only (created so from the
     * start, never world-readable for an instant), replacing it atomically.
     */
    public void write(Path file, List<String> teams) throws IOException {
        Path abs = file.toAbsolutePath();
        Files.createDirectories(abs.getParent());
        Path tmp = abs.resolveSibling("." + abs.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        Files.deleteIfExists(tmp);
        try {
            try {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            } catch (UnsupportedOperationException notPosix) {
                Files.createFile(tmp);
            } catch (FileAlreadyExistsException e) {
                throw new IOException("cannot create " + tmp + ": it exists", e);
            }
            Files.writeString(tmp, text(teams), StandardCharsets.UTF_8, StandardOpenOption.TRUNCATE_EXISTING);
            Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
        try {
            Files.setPosixFilePermissions(abs, OWNER_ONLY);
        } catch (UnsupportedOperationException notPosix) {
            // a file system without POSIX permissions: the folder's own protection applies
        }
    }

    /** Reads a codes file written by {@link #write}; every team must have a code. */
    public static JoinCodes read(Path file, List<String> teams) throws IOException {
        Map<String, String> m = new LinkedHashMap<>();
        int n = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            n++;
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            int sp = l.lastIndexOf(' ');
            if (sp <= 0) {
                throw new IOException(file + ":" + n + ": expected 'team code'");
            }
            m.put(l.substring(0, sp).strip(), l.substring(sp + 1));
        }
        for (String t : teams) {
            if (!m.containsKey(t)) {
                throw new IOException(file + ": no join code for team '" + t + "'");
            }
        }
        return new JoinCodes(m);
    }
}
