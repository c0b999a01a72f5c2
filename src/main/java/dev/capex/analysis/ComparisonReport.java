package dev.capex.analysis;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.capex.analysis.Comparison.Game;
import dev.capex.analysis.Comparison.Pair;
import dev.capex.analysis.Comparison.Standing;
import dev.capex.engine.model.Quarter;
import dev.capex.report.Text;
import dev.capex.save.SaveFile.Headline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A comparison written out: as aligned text, CSV (three tables one after another, each with its own
 * header, separated by a blank line), Markdown or JSON. Every format holds the same facts.
 */
public final class ComparisonReport {
    private ComparisonReport() {
    }

    public enum Format { TEXT, CSV, MARKDOWN, JSON }

    static final String[] QUARTER_COLUMNS = {"quarter", "game", "cash", "debt", "interest", "rating", "elo", "rank",
        "gwOnline", "sharePrice", "tsr", "score"};

    public static String render(Comparison c, Format f) {
        switch (f) {
            case CSV:
                return csv(c);
            case MARKDOWN:
                return markdown(c);
            case JSON:
                return json(c);
            default:
                return text(c);
        }
    }

    /** The rows of the side-by-side table: for each quarter, a row per game that played it. */
    static List<String[]> quarterRows(Comparison c, boolean exact) {
        List<String[]> rows = new ArrayList<>();
        int n = 0;
        for (Game g : c.games()) {
            n = Math.max(n, g.quartersPlayed());
        }
        Quarter start = c.scenario().start();
        for (int i = 0; i < n; i++) {
            for (Game g : c.games()) {
                if (i < g.quartersPlayed()) {
                    Headline h = g.replay().quarters().get(i).figures();
                    rows.add(exact ? new String[] {start.plus(i).toString(), g.label(), Long.toString(h.cashM()),
                        Long.toString(h.debtM()), Long.toString(h.interestM()), h.rating(), fmt("%.1f", h.elo()),
                        Integer.toString(h.rank()), fmt("%.3f", h.gwOnline()), fmt("%.2f", h.sharePrice()),
                        fmt("%.4f", h.tsr()), fmt("%.2f", h.score())}
                        : new String[] {start.plus(i).toString(), g.label(), Text.money(h.cashM()), Text.money(h.debtM()),
                            Text.money(h.interestM()), h.rating(), fmt("%.0f", h.elo()), "#" + h.rank(),
                            fmt("%.2f", h.gwOnline()), fmt("$%.2f", h.sharePrice()), fmt("%+.1f%%", h.tsr() * 100),
                            fmt("%.1f", h.score())});
                }
            }
        }
        return rows;
    }

    static String fmt(String f, double v) {
        return String.format(Locale.ROOT, f, v);
    }

    private static String status(Game g) {
        var s = g.finalState();
        return s.isOver() ? s.status().name().toLowerCase(Locale.ROOT) : "in progress";
    }

    private static String firstDiff(Pair p) {
        return p.firstDifference() == null ? "never" : p.firstDifference().toString();
    }

    private static String what(Pair p) {
        return p.whatDiffered().isEmpty() ? "the same decisions in every quarter" : String.join("; ", p.whatDiffered());
    }

    // ---- text

    static String text(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("Comparison of ").append(c.games().size()).append(" games of ").append(c.scenario().name()).append('\n');
        for (Game g : c.games()) {
            sb.append("  ").append(g.label()).append(": ").append(g.file()).append(", seed ").append(g.save().seed())
                    .append(", ").append(g.quartersPlayed()).append(" quarters, ").append(status(g)).append('\n');
        }
        sb.append("\nQuarter by quarter\n");
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"Quarter", "Game", "Cash", "Debt", "Interest", "Rating", "Elo", "Rank", "GW online",
            "Share price", "TSR", "Score"});
        rows.addAll(quarterRows(c, false));
        table(sb, rows);
        sb.append("\nLeaderboard (by score)\n");
        rows = new ArrayList<>();
        rows.add(new String[] {"#", "Game", "Seed", "Quarters", "Status", "TSR", "Rank", "Rating", "Score"});
        for (Standing s : c.leaderboard()) {
            rows.add(new String[] {Integer.toString(s.place()), s.game().label(), Long.toString(s.game().save().seed()),
                Integer.toString(s.game().quartersPlayed()), status(s.game()), fmt("%+.1f%%", s.score().tsr() * 100),
                "#" + s.score().finalRank(), s.score().rating(), fmt("%.1f", s.score().total())});
        }
        table(sb, rows);
        for (Pair p : c.pairs()) {
            sb.append('\n').append(p.a().label()).append(" vs ").append(p.b().label()).append(p.sameSeed()
                    ? " (same seed: the whole gap is choices)\n" : " (seeds " + p.a().save().seed() + " and "
                    + p.b().save().seed() + ": each game's decisions replayed in the other's world)\n");
            sb.append("  Decisions first differ: ").append(firstDiff(p)).append(p.firstDifference() == null ? ""
                    : " — " + what(p)).append('\n');
            sb.append(fmt("  Score gap %+.1f points = choices %+.1f + luck %+.1f%n", p.score().gap(),
                    p.score().choices(), p.score().luck()));
            sb.append(String.format(Locale.ROOT, "  TSR gap %+.1f pts = choices %+.1f + luck %+.1f%n", p.tsr().gap() * 100,
                    p.tsr().choices() * 100, p.tsr().luck() * 100));
            for (String s : p.skipped()) {
                sb.append("  Skipped: ").append(s).append('\n');
            }
        }
        return sb.toString();
    }

    private static String fmt(String f, double a, double b, double c) {
        return String.format(Locale.ROOT, f, a, b, c);
    }

    private static void table(StringBuilder sb, List<String[]> rows) {
        int[] w = new int[rows.get(0).length];
        for (String[] r : rows) {
            for (int i = 0; i < r.length; i++) {
                w[i] = Math.max(w[i], r[i].length());
            }
        }
        for (String[] r : rows) {
            StringBuilder line = new StringBuilder("  ");
            for (int i = 0; i < r.length; i++) {
                boolean left = i < 2 || rows.get(0)[i].equals("Status") || rows.get(0)[i].equals("Rating");
                String cell = left ? String.format("%-" + w[i] + "s", r[i]) : String.format("%" + w[i] + "s", r[i]);
                line.append(cell).append(i + 1 < r.length ? "  " : "");
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
    }

    // ---- CSV

    static String csv(Comparison c) {
        StringBuilder sb = new StringBuilder();
        csvLine(sb, QUARTER_COLUMNS);
        for (String[] r : quarterRows(c, true)) {
            csvLine(sb, r);
        }
        sb.append('\n');
        csvLine(sb, new String[] {"place", "game", "file", "seed", "quarters", "status", "tsr", "rank", "rating", "score"});
        for (Standing s : c.leaderboard()) {
            csvLine(sb, new String[] {Integer.toString(s.place()), s.game().label(), s.game().file(),
                Long.toString(s.game().save().seed()), Integer.toString(s.game().quartersPlayed()), status(s.game()),
                fmt("%.4f", s.score().tsr()), Integer.toString(s.score().finalRank()), s.score().rating(),
                fmt("%.2f", s.score().total())});
        }
        sb.append('\n');
        csvLine(sb, new String[] {"gameA", "gameB", "sameSeed", "firstDifference", "whatDiffered", "scoreGap",
            "scoreChoices", "scoreLuck", "tsrGap", "tsrChoices", "tsrLuck", "skipped"});
        for (Pair p : c.pairs()) {
            csvLine(sb, new String[] {p.a().label(), p.b().label(), Boolean.toString(p.sameSeed()),
                p.firstDifference() == null ? "" : p.firstDifference().toString(), String.join("; ", p.whatDiffered()),
                fmt("%.4f", p.score().gap()), fmt("%.4f", p.score().choices()), fmt("%.4f", p.score().luck()),
                fmt("%.6f", p.tsr().gap()), fmt("%.6f", p.tsr().choices()), fmt("%.6f", p.tsr().luck()),
                String.join("; ", p.skipped())});
        }
        return sb.toString();
    }

    private static void csvLine(StringBuilder sb, String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            String s = cells[i];
            if (s.contains(",") || s.contains("\"") || s.contains("\n")) {
                s = "\"" + s.replace("\"", "\"\"") + "\"";
            }
            sb.append(i > 0 ? "," : "").append(s);
        }
        sb.append('\n');
    }

    // ---- Markdown

    static String markdown(Comparison c) {
        StringBuilder sb = new StringBuilder();
        sb.append("# Comparison: ").append(c.scenario().name()).append("\n\n");
        for (Game g : c.games()) {
            sb.append("- **").append(md(g.label())).append("**: `").append(g.file()).append("`, seed ")
                    .append(g.save().seed()).append(", ").append(g.quartersPlayed()).append(" quarters, ").append(status(g))
                    .append('\n');
        }
        sb.append("\n## Leaderboard\n\n| # | Game | Seed | Status | TSR | Rank | Rating | Score |\n"
                + "|---:|---|---:|---|---:|---:|---|---:|\n");
        for (Standing s : c.leaderboard()) {
            sb.append("| ").append(s.place()).append(" | ").append(md(s.game().label())).append(" | ")
                    .append(s.game().save().seed()).append(" | ").append(status(s.game())).append(" | ")
                    .append(fmt("%+.1f%%", s.score().tsr() * 100)).append(" | #").append(s.score().finalRank()).append(" | ")
                    .append(s.score().rating()).append(" | ").append(fmt("%.1f", s.score().total())).append(" |\n");
        }
        sb.append("\n## Choices and luck\n\n| Games | Decisions first differ | Score gap | Choices | Luck | TSR gap "
                + "| Choices | Luck |\n|---|---|---:|---:|---:|---:|---:|---:|\n");
        for (Pair p : c.pairs()) {
            sb.append("| ").append(md(p.a().label())).append(" vs ").append(md(p.b().label())).append(" | ")
                    .append(firstDiff(p)).append(p.firstDifference() == null ? "" : ": " + md(what(p))).append(" | ")
                    .append(fmt("%+.1f", p.score().gap())).append(" | ").append(fmt("%+.1f", p.score().choices()))
                    .append(" | ").append(fmt("%+.1f", p.score().luck())).append(" | ")
                    .append(fmt("%+.1f", p.tsr().gap() * 100)).append(" | ").append(fmt("%+.1f", p.tsr().choices() * 100))
                    .append(" | ").append(fmt("%+.1f", p.tsr().luck() * 100)).append(" |\n");
        }
        List<String> skipped = new ArrayList<>();
        c.pairs().forEach(p -> skipped.addAll(p.skipped()));
        if (!skipped.isEmpty()) {
            sb.append("\nDecisions skipped in the other world:\n\n");
            skipped.forEach(s -> sb.append("- ").append(md(s)).append('\n'));
        }
        sb.append("\n## Quarter by quarter\n\n| Quarter | Game | Cash | Debt | Interest | Rating | Elo | Rank | GW online "
                + "| Share price | TSR | Score |\n|---|---|---:|---:|---:|---|---:|---:|---:|---:|---:|---:|\n");
        for (String[] r : quarterRows(c, false)) {
            sb.append("| ");
            for (int i = 0; i < r.length; i++) {
                sb.append(md(r[i])).append(i + 1 < r.length ? " | " : " |\n");
            }
        }
        return sb.toString();
    }

    private static String md(String s) {
        return s.replace("|", "\\|");
    }

    // ---- JSON

    static String json(Comparison c) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = m.createObjectNode();
        root.put("scenarioId", c.scenario().id());
        ArrayNode games = root.putArray("games");
        for (Game g : c.games()) {
            ObjectNode o = games.addObject();
            o.put("label", g.label());
            o.put("file", g.file());
            o.put("team", g.save().team());
            o.put("seed", g.save().seed());
            o.put("quartersPlayed", g.quartersPlayed());
            o.put("status", status(g));
            o.set("quarters", m.valueToTree(g.replay().quarters().stream().map(Replay.ReplayedQuarter::figures).toList()));
        }
        ArrayNode board = root.putArray("leaderboard");
        for (Standing s : c.leaderboard()) {
            ObjectNode o = board.addObject();
            o.put("place", s.place());
            o.put("label", s.game().label());
            o.set("score", m.valueToTree(s.score()));
        }
        ArrayNode pairs = root.putArray("pairs");
        for (Pair p : c.pairs()) {
            ObjectNode o = pairs.addObject();
            o.put("a", p.a().label());
            o.put("b", p.b().label());
            o.put("sameSeed", p.sameSeed());
            o.put("firstDifference", p.firstDifference() == null ? null : p.firstDifference().toString());
            o.set("whatDiffered", m.valueToTree(p.whatDiffered()));
            o.set("score", m.valueToTree(p.score()));
            o.set("tsr", m.valueToTree(p.tsr()));
            o.set("skipped", m.valueToTree(p.skipped()));
        }
        try {
            return m.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

}
