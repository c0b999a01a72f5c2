package dev.capex.tui;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import dev.capex.report.Msg;

/** The words of corporate finance and the AI race the game uses, explained for a student. */
public final class Glossary {
    private Glossary() {
    }

    /**
     * A term: {@code id} is its English name (levers name their terms by it), name and meaning are read in
     * the player's language each time they are shown.
     */
    public record Term(String id, Supplier<String> nameText, Supplier<String> meaningText) {
        public String name() {
            return nameText.get();
        }

        public String meaning() {
            return meaningText.get();
        }
    }

    public static final List<Term> TERMS = List.of(
            new Term("Arena rank and Elo", () -> Msg.t("gl.arenaRankAndElo.name"), () -> Msg.t("gl.arenaRankAndElo.text")),
            new Term("Covenant", () -> Msg.t("gl.covenant.name"), () -> Msg.t("gl.covenant.text")),
            new Term("EBITDA", () -> Msg.t("gl.ebitda.name"), () -> Msg.t("gl.ebitda.text")),
            new Term("Emergency facility", () -> Msg.t("gl.emergencyFacility.name"), () -> Msg.t("gl.emergencyFacility.text")),
            new Term("Equity raise", () -> Msg.t("gl.equityRaise.name"), () -> Msg.t("gl.equityRaise.text")),
            new Term("Free cash flow", () -> Msg.t("gl.freeCashFlow.name"), () -> Msg.t("gl.freeCashFlow.text")),
            new Term("H100 equivalent", () -> Msg.t("gl.h100Equivalent.name"), () -> Msg.t("gl.h100Equivalent.text")),
            new Term("Interest cover", () -> Msg.t("gl.interestCover.name"), () -> Msg.t("gl.interestCover.text")),
            new Term("Net leverage", () -> Msg.t("gl.netLeverage.name"), () -> Msg.t("gl.netLeverage.text")),
            new Term("Non-voting stake", () -> Msg.t("gl.nonVotingStake.name"), () -> Msg.t("gl.nonVotingStake.text")),
            new Term("Private credit", () -> Msg.t("gl.privateCredit.name"), () -> Msg.t("gl.privateCredit.text")),
            new Term("Public bond", () -> Msg.t("gl.publicBond.name"), () -> Msg.t("gl.publicBond.text")),
            new Term("Rating notch", () -> Msg.t("gl.ratingNotch.name"), () -> Msg.t("gl.ratingNotch.text")),
            new Term("Residual value guarantee", () -> Msg.t("gl.residualValueGuarantee.name"), () -> Msg.t("gl.residualValueGuarantee.text")),
            new Term("Sale-leaseback", () -> Msg.t("gl.saleLeaseback.name"), () -> Msg.t("gl.saleLeaseback.text")),
            new Term("SPV", () -> Msg.t("gl.spv.name"), () -> Msg.t("gl.spv.text")),
            new Term("Take-or-pay", () -> Msg.t("gl.takeOrPay.name"), () -> Msg.t("gl.takeOrPay.text")),
            new Term("TSR", () -> Msg.t("gl.tsr.name"), () -> Msg.t("gl.tsr.text")),
            new Term("Co-development (JV)", () -> Msg.t("gl.coDevelopmentJv.name"), () -> Msg.t("gl.coDevelopmentJv.text")),
            new Term("Training share", () -> Msg.t("gl.trainingShare.name"), () -> Msg.t("gl.trainingShare.text")),
            new Term("Depreciation", () -> Msg.t("gl.depreciation.name"), () -> Msg.t("gl.depreciation.text")));

    /** A term's name in the player's language, by its id (its English name); unknown ids as they are. */
    public static String name(String id) {
        for (Term t : TERMS) {
            if (t.id().equals(id)) {
                return t.name();
            }
        }
        for (Term t : TERMS) {
            if (t.id().startsWith(id)) {
                return t.name();
            }
        }
        return id;
    }

    /** The index of a term by (the start of) its name, or 0. */
    public static int indexOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < TERMS.size(); i++) {
            if (TERMS.get(i).id().toLowerCase(Locale.ROOT).startsWith(n)
                    || TERMS.get(i).name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return i;
            }
        }
        return 0;
    }
}
