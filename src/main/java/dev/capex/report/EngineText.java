package dev.capex.report;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences the engine writes itself (refusal reasons, and the text of StakeNews, Milestone, GameEnded,
 * DebtRepaid.why, StarsLeft.cause, ConstructionDelayed.cause, RatingChanged.cause) in the player's language.
 *
 * <p>The engine stays as it is (its sentences are part of saves and the fingerprint): each sentence it
 * writes has a template in the English bundle ({@code eng.*}, the engine's wording with {@code %s} where
 * it puts a value) and its translation under the same key in the German one. A sentence is matched
 * against the English templates; the German template is filled with the values found, each value
 * translated too when it is itself a known phrase ("the deposit"). A sentence no template matches is shown
 * as the engine wrote it; {@code EngineTextTest} plays random decisions and fails when a refusal the
 * engine gives has no German template. In English the only change is that raw identifiers the engine
 * lets through are said as a player would ("coDevelopment JV" reads "co-development JV").
 */
public final class EngineText {
    private EngineText() {
    }

    /** Every template's key, most specific first (a sentence takes the first template it matches). */
    static final List<String> KEYS = List.of(
            "eng.cash", "eng.w.construction", "eng.w.packages", "eng.w.rent", "eng.w.deposit",
            "eng.w.penalty", "eng.w.fee", "eng.w.repayment", "eng.w.severance", "eng.w.rl",
            "eng.w.stake", "eng.parcelModes", "eng.nameAsset", "eng.noCapacityToSell", "eng.siteHasPartner",
            "eng.hasPartner", "eng.mode", "eng.tenors", "eng.bondMin", "eng.bondMax",
            "eng.noSite", "eng.noGrid", "eng.buildPositive", "eng.noPowerLeft", "eng.onlyPowerLeft",
            "eng.buybackRange", "eng.resaleRange", "eng.overCompute", "eng.noOrder", "eng.noDefer",
            "eng.deferRange", "eng.dividendRange", "eng.positive", "eng.equityMax", "eng.hireFrom",
            "eng.hireOne", "eng.freezeOn", "eng.starsMax", "eng.starsWant", "eng.starsWant2",
            "eng.boardCap", "eng.freezeRange", "eng.noFreeze", "eng.noPartner", "eng.jvShare",
            "eng.jvGw", "eng.jvLease", "eng.jvExt", "eng.jvGuarantee", "eng.jvDistNeg",
            "eng.jvNothing", "eng.jvNoBuild", "eng.jvDist", "eng.jvLeverage", "eng.empty",
            "eng.switchedOff", "eng.noGeneration", "eng.notAvailable", "eng.orderOne", "eng.allocation",
            "eng.nameLender", "eng.noLender", "eng.structure", "eng.notOnStructure", "eng.lendRange",
            "eng.coInvest", "eng.oneDeal", "eng.lendLeverage", "eng.lendCover", "eng.noCloud",
            "eng.cloudTerm", "eng.cloudMax", "eng.rlRange", "eng.oneRestructuring", "eng.restructureRange",
            "eng.nameDebt", "eng.noDebt", "eng.repayRange", "eng.noTarget", "eng.notForSale",
            "eng.alreadyHolds", "eng.stakeRange", "eng.trainingRange", "eng.noAsset", "eng.parcelSite",
            "eng.starsPay", "eng.retentionLow", "eng.retention", "eng.counterOffer", "eng.rivals",
            "eng.paper", "eng.buybacksCut", "eng.covenantsDefault", "eng.heldBetter", "eng.after",
            "eng.emergencyDrawn", "eng.cashFell", "eng.sweep", "eng.reasoning", "eng.gridLate",
            "eng.integratedEff", "eng.integrated", "eng.impaired", "eng.forcedSale", "eng.taxWriteOff",
            "eng.probeCard", "eng.customersFlee", "eng.probe",
            "eng.early", "eng.scheduled", "eng.rlCut", "eng.restructureCut", "eng.spvNothing",
            "eng.spvMax", "eng.fixedCosts", "eng.gameEnds", "eng.raid", "eng.starsLeftToHire",
            "eng.heldNot", "eng.noHeldTraining", "eng.noHeld", "eng.onlyTraining",
            "eng.onlyTraining2", "eng.alreadyHold", "eng.action", "eng.bondDealMax",
            "eng.trancheNone", "eng.trancheMax", "eng.trancheEmpty", "eng.trancheTenor", "eng.trancheTwice", "eng.trancheMin"
    );

    private record Template(String key, Pattern pattern) {
    }

    private static volatile List<Template> templates;

    private static List<Template> templates() {
        List<Template> t = templates;
        if (t == null) {
            t = new ArrayList<>();
            for (String k : KEYS) {
                t.add(new Template(k, regex(Msg.english(k))));
            }
            templates = t = List.copyOf(t);
        }
        return t;
    }

    /** An English template as a pattern: its text literally, each {@code %s} a value. */
    static Pattern regex(String template) {
        StringBuilder sb = new StringBuilder("^");
        String t = template.replace("%%", "\u0000");
        Matcher m = Pattern.compile("%(\\d+\\$)?s").matcher(t);
        int at = 0;
        while (m.find()) {
            sb.append(Pattern.quote(t.substring(at, m.start()).replace("\u0000", "%")));
            sb.append("(.*?)");
            at = m.end();
        }
        sb.append(Pattern.quote(t.substring(at).replace("\u0000", "%"))).append("$");
        return Pattern.compile(sb.toString(), Pattern.DOTALL);
    }

    /** A refusal reason as the player reads it. */
    public static String reason(String engine) {
        return sentence(engine);
    }

    /** An engine-written sentence as the player reads it (null and "" stay as they are). */
    public static String sentence(String engine) {
        if (engine == null || engine.isEmpty()) {
            return engine;
        }
        if (!Msg.german()) {
            return engine.replace("coDevelopment JV", "co-development JV");
        }
        String t = translate(engine);
        return t == null ? engine : t;
    }

    /** The German of a sentence a template matches, or null. */
    static String translate(String engine) {
        for (Template t : templates()) {
            Matcher m = t.pattern().matcher(engine);
            if (m.matches()) {
                Object[] values = new Object[m.groupCount()];
                for (int i = 0; i < values.length; i++) {
                    String v = m.group(i + 1);
                    String inner = !v.isEmpty() && v.length() < engine.length() ? translate(v) : null;
                    values[i] = inner == null ? v : inner;
                }
                return Msg.t(t.key(), values);
            }
        }
        return null;
    }
}
