package dev.capex.report;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.Reason;
import dev.capex.report.i18n.ScenarioText;
import java.util.List;
import java.util.Locale;

/**
 * The facts that were once sentences the engine wrote (refusal reasons, a construction delay, why a debt was
 * repaid, why a rating moved, why stars left, milestones, a stake's news, why the game ended) as sentences in the
 * player's language, from the bundles ({@code ref.*} and {@code eng.*} keys).
 *
 * <p>In English each reads word for word as the engine wrote it before it was a fact: the fingerprint hashes the
 * English, and the state's encoding still holds the sentence of why the game ended ({@code EndReason.text()}).
 * In German each has its own template in the German bundle, filled with the same values (a scenario's names in
 * the scenario's German). {@code EngineTextTest} renders every kind of every fact in both languages.
 */
public final class EngineText {
    private EngineText() {
    }

    /** A refusal reason in the player's language. */
    public static String reason(Reason r) {
        return render(r, Msg.german());
    }

    /**
     * A refusal reason in English whatever the language: what tools, logs and the fingerprint read (the
     * engine's sentence before reasons were facts, word for word).
     */
    public static String english(Reason r) {
        return render(r, false);
    }

    static String render(Reason r, boolean german) {
        if (r == null) {
            return "";
        }
        Object[] values = new Object[r.args().size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = value(r.args().get(i), german);
        }
        String key = key(r.kind());
        return german ? Msg.t(key, values) : String.format(Locale.ROOT, Msg.english(key), values);
    }

    /** A value as the sentence shows it: amounts as $1.5B, lists with commas, phrases in the language. */
    private static Object value(Object v, boolean german) {
        if (v instanceof Reason.Money m) {
            return Decision.money(m.m());
        } else if (v instanceof Reason.Dollars d) {
            double x = d.usd();
            return "$" + (x == StrictMath.rint(x) ? Long.toString((long) x) : String.format(Locale.ROOT, "%.2f", x));
        } else if (v instanceof Reason.Spending w) {
            return german ? Msg.t(key(w)) : Msg.english(key(w));
        } else if (v instanceof Reason nested) {
            return render(nested, german);
        } else if (v instanceof String s) {
            // a site's or a target's name the engine took from the scenario, in the scenario's German
            return german ? ScenarioText.of(s) : s;
        } else if (v instanceof List<?> l) {
            StringBuilder sb = new StringBuilder();
            for (Object o : l) {
                sb.append(sb.length() == 0 ? "" : ", ").append(o);
            }
            return sb.toString();
        }
        return v;
    }

    /** The bundle key of a reason's kind (every kind has one: the switch is exhaustive). */
    public static String key(Reason.Kind k) {
        return switch (k) {
            case EMPTY -> "ref.empty";
            case SWITCHED_OFF -> "ref.switchedOff";
            case CASH -> "ref.cash";
            case NAME_ASSET -> "ref.nameAsset";
            case MODE -> "ref.mode";
            case PARCEL_MODES -> "ref.parcelModes";
            case PARCEL_SITE -> "ref.parcelSite";
            case SITE_HAS_PARTNER -> "ref.siteHasPartner";
            case HAS_PARTNER -> "ref.hasPartner";
            case NO_ASSET -> "ref.noAsset";
            case NO_CAPACITY_TO_SELL -> "ref.noCapacityToSell";
            case TENORS -> "ref.tenors";
            case BOND_MIN -> "ref.bondMin";
            case BOND_MAX -> "ref.bondMax";
            case BOND_DEAL_MAX -> "ref.bondDealMax";
            case TRANCHE_NONE -> "ref.trancheNone";
            case TRANCHE_MAX -> "ref.trancheMax";
            case TRANCHE_EMPTY -> "ref.trancheEmpty";
            case TRANCHE_TENOR -> "ref.trancheTenor";
            case TRANCHE_TWICE -> "ref.trancheTwice";
            case TRANCHE_MIN -> "ref.trancheMin";
            case NO_SITE -> "ref.noSite";
            case NO_GRID -> "ref.noGrid";
            case BUILD_POSITIVE -> "ref.buildPositive";
            case NO_POWER_LEFT -> "ref.noPowerLeft";
            case ONLY_POWER_LEFT -> "ref.onlyPowerLeft";
            case NO_PARTNER -> "ref.noPartner";
            case JV_SHARE -> "ref.jvShare";
            case JV_GW -> "ref.jvGw";
            case JV_LEASE -> "ref.jvLease";
            case JV_EXT -> "ref.jvExt";
            case JV_GUARANTEE -> "ref.jvGuarantee";
            case JV_DIST_NEG -> "ref.jvDistNeg";
            case JV_NOTHING -> "ref.jvNothing";
            case JV_NO_BUILD -> "ref.jvNoBuild";
            case JV_DIST -> "ref.jvDist";
            case JV_LEVERAGE -> "ref.jvLeverage";
            case SPV_SITE -> "ref.spvSite";
            case SPV_NOTHING -> "ref.spvNothing";
            case SPV_MAX -> "ref.spvMax";
            case BUYBACK_RANGE -> "ref.buybackRange";
            case DIVIDEND_RANGE -> "ref.dividendRange";
            case POSITIVE -> "ref.positive";
            case EQUITY_MAX -> "ref.equityMax";
            case RESALE_RANGE -> "ref.resaleRange";
            case OVER_COMPUTE -> "ref.overCompute";
            case TRAINING_RANGE -> "ref.trainingRange";
            case NO_ORDER -> "ref.noOrder";
            case NO_DEFER -> "ref.noDefer";
            case DEFER_RANGE -> "ref.deferRange";
            case NO_GENERATION -> "ref.noGeneration";
            case NOT_AVAILABLE -> "ref.notAvailable";
            case ORDER_ONE -> "ref.orderOne";
            case ALLOCATION -> "ref.allocation";
            case NO_CLOUD -> "ref.noCloud";
            case CLOUD_TERM -> "ref.cloudTerm";
            case CLOUD_MAX -> "ref.cloudMax";
            case HIRE_FROM -> "ref.hireFrom";
            case HIRE_ONE -> "ref.hireOne";
            case FREEZE_ON -> "ref.freezeOn";
            case STARS_MAX -> "ref.starsMax";
            case NO_STARS_LEFT -> "ref.noStarsLeft";
            case STARS_LEFT -> "ref.starsLeft";
            case STARS_WANT -> "ref.starsWant";
            case STARS_WANT_COUNTER -> "ref.starsWantCounter";
            case STARS_WANT_SCARCE -> "ref.starsWantScarce";
            case BOARD_CAP -> "ref.boardCap";
            case FREEZE_RANGE -> "ref.freezeRange";
            case NO_FREEZE -> "ref.noFreeze";
            case RL_RANGE -> "ref.rlRange";
            case ONE_RESTRUCTURING -> "ref.oneRestructuring";
            case RESTRUCTURE_RANGE -> "ref.restructureRange";
            case RL_CUT -> "ref.rlCut";
            case RESTRUCTURE_CUT -> "ref.restructureCut";
            case FIXED_COSTS -> "ref.fixedCosts";
            case NAME_LENDER -> "ref.nameLender";
            case NO_LENDER -> "ref.noLender";
            case STRUCTURE -> "ref.structure";
            case NOT_ON_STRUCTURE -> "ref.notOnStructure";
            case CORPORATE -> "ref.corporate";
            case PROJECT -> "ref.project";
            case LEND_RANGE -> "ref.lendRange";
            case CO_INVEST -> "ref.coInvest";
            case ONE_DEAL -> "ref.oneDeal";
            case LEND_LEVERAGE -> "ref.lendLeverage";
            case LEND_COVER -> "ref.lendCover";
            case LENDER -> "ref.lender";
            case CROSS_DEFAULT -> "ref.crossDefault";
            case NAME_DEBT -> "ref.nameDebt";
            case NO_DEBT -> "ref.noDebt";
            case REPAY_RANGE -> "ref.repayRange";
            case NO_TARGET -> "ref.noTarget";
            case NOT_FOR_SALE -> "ref.notForSale";
            case ALREADY_HOLDS -> "ref.alreadyHolds";
            case STAKE_RANGE -> "ref.stakeRange";
            case ONLY_TRAINING_HELD -> "ref.onlyTrainingHeld";
            case ONLY_TRAINING_NOT -> "ref.onlyTrainingNot";
            case ALREADY_HOLD -> "ref.alreadyHold";
            case ACTION -> "ref.action";
            case NO_HELD_TRAINING -> "ref.noHeldTraining";
            case NO_HELD -> "ref.noHeld";
            case HELD_NOT -> "ref.heldNot";
        };
    }

    /** The bundle key of what the cash is needed for. */
    public static String key(Reason.Spending w) {
        return switch (w) {
            case CONSTRUCTION -> "ref.w.construction";
            case PACKAGES -> "ref.w.packages";
            case RENT -> "ref.w.rent";
            case DEPOSIT -> "ref.w.deposit";
            case PENALTY -> "ref.w.penalty";
            case FEE -> "ref.w.fee";
            case REPAYMENT -> "ref.w.repayment";
            case SEVERANCE -> "ref.w.severance";
            case REALITY_LABS -> "ref.w.rl";
            case STAKE -> "ref.w.stake";
        };
    }

    /**
     * Why a project's construction slipped a quarter ({@code ConstructionDelayed}, a fact): in English the
     * engine's sentence before it was a fact, word for word (the fingerprint hashes it), e.g. "the grid
     * connection is late (4% risk this quarter); $1.2B of extra cost".
     */
    public static String gridLate(double risk, long overrunM, boolean german) {
        String pct = String.format(Locale.ROOT, "%.0f", risk * 100);
        String money = Decision.money(overrunM);
        return german ? Msg.t("eng.gridLate", pct, money)
                : String.format(Locale.ROOT, Msg.english("eng.gridLate"), pct, money);
    }

    /** Why a debt was repaid ({@code DebtRepaid}, a fact), in the player's language ("cash sweep"). */
    public static String why(dev.capex.engine.event.GameEvent.DebtRepaid.Why why) {
        return Msg.t(switch (why) {
            case MATURITY -> "eng.maturity";
            case SCHEDULED -> "eng.scheduled";
            case SWEEP -> "eng.sweep";
            case EARLY -> "eng.early";
        });
    }

    /**
     * Why a credit rating moved ({@code RatingChanged.Cause}, a fact) in the player's language; "" when nothing
     * is known. In English the engine's sentence before it was a fact, word for word (the fingerprint hashes it),
     * e.g. "after $2.0B of new debt, $1.1B paid for GPUs this quarter".
     */
    public static String cause(dev.capex.engine.event.GameEvent.RatingChanged.Cause c) {
        boolean german = Msg.german();
        switch (c.why()) {
            case HELD_BETTER:
                return phrase(german, "eng.heldBetter", Integer.toString(c.quarters()));
            case EMERGENCY_DRAWN:
                return phrase(german, "eng.emergencyDrawn");
            default:
                break;
        }
        StringBuilder parts = new StringBuilder();
        if (c.newDebtM() > 0) {
            part(parts, phrase(german, "eng.newDebt", Decision.money(c.newDebtM())));
        }
        if (c.gpusM() > 0) {
            part(parts, phrase(german, "eng.paidGpus", Decision.money(c.gpusM())));
        }
        if (c.constructionM() > 0) {
            part(parts, phrase(german, "eng.ofConstruction", Decision.money(c.constructionM())));
        }
        if (c.emergency()) {
            part(parts, phrase(german, "eng.theEmergency"));
        }
        if (c.ebitdaDown()) {
            part(parts, phrase(german, "eng.ebitdaDown", Decision.money(c.ebitdaM())));
        }
        return parts.length() == 0 ? "" : phrase(german, "eng.after", parts.toString());
    }

    private static void part(StringBuilder parts, String p) {
        parts.append(parts.length() == 0 ? "" : ", ").append(p);
    }

    /** A bundle phrase in German, or in the engine's English (formatted as the engine did, Locale.ROOT). */
    private static String phrase(boolean german, String key, Object... values) {
        return german ? Msg.t(key, values) : String.format(Locale.ROOT, Msg.english(key), values);
    }

    /** Where stars went ({@code StarsLeft.to}): a rival's name, or "rivals" in the player's language. */
    public static String to(dev.capex.engine.event.GameEvent.StarsLeft s) {
        return s.to() != null ? s.to() : phrase(Msg.german(), "eng.rivals");
    }

    /**
     * Why stars left ({@code StarsLeft.Cause}, a fact) in the player's language; in English the engine's
     * sentence before it was a fact, word for word (the fingerprint hashes it).
     */
    public static String cause(dev.capex.engine.event.GameEvent.StarsLeft.Cause c) {
        boolean german = Msg.german();
        return switch (c.why()) {
            case PAY_BELOW -> phrase(german, "eng.starsPay", Decision.money(c.packageM()), name(c.rival(), german),
                    Decision.money(c.askM()));
            case RETENTION -> phrase(german, c.lowMorale() ? "eng.retentionLow" : "eng.retention");
            case COUNTER_OFFER -> phrase(german, "eng.counterOffer", name(c.rival(), german));
            case RAID -> phrase(german, "eng.raid", name(c.card(), german));
        };
    }

    private static String name(String scenarioName, boolean german) {
        return german ? ScenarioText.of(scenarioName) : scenarioName;
    }

    /**
     * A milestone ({@code Milestone}, a fact) in the player's language; in English the engine's sentence before
     * it was a fact, word for word (the fingerprint hashes it).
     */
    public static String milestone(dev.capex.engine.event.GameEvent.Milestone m) {
        boolean german = Msg.german();
        return switch (m.what()) {
            case REASONING -> phrase(german, "eng.reasoning", Integer.toString(m.stars()),
                    String.format(Locale.ROOT, "%.0f", m.share() * 100), String.format(Locale.ROOT, "%.0f", m.elo()));
            case TAX_WRITE_OFF -> phrase(german, "eng.taxWriteOff", name(m.card(), german), Decision.money(m.amountM()));
            case PAPER -> phrase(german, "eng.paper", Decision.money(m.amountM()), Decision.money(m.otherM()));
            case BUYBACKS_CUT -> phrase(german, "eng.buybacksCut", Decision.money(m.amountM()),
                    Decision.money(m.otherM()));
        };
    }

    /**
     * News of a stake ({@code StakeNews}, a fact) in the player's language; in English the engine's sentence
     * before it was a fact, word for word (the fingerprint hashes it).
     */
    public static String stakeNews(dev.capex.engine.event.GameEvent.StakeNews n) {
        boolean german = Msg.german();
        String name = name(n.name(), german);
        return switch (n.what()) {
            case INTEGRATED -> !n.efficiency()
                    ? phrase(german, "eng.integrated", name, String.format(Locale.ROOT, "%.0f", n.share() * 100))
                    : phrase(german, "eng.integratedEff", name, String.format(Locale.ROOT, "%.0f", n.share() * 100),
                            String.format(Locale.ROOT, "%.0f", n.gain() * 100));
            case IMPAIRED -> phrase(german, "eng.impaired", name, Decision.money(n.amountM()), Decision.money(n.otherM()));
            case FORCED_SALE -> phrase(german, "eng.forcedSale", name, Decision.money(n.amountM()));
            case PROBE_CARD -> phrase(german, "eng.probeCard", name);
            case CUSTOMERS_FLEE -> phrase(german, "eng.customersFlee", name,
                    String.format(Locale.ROOT, "%.0f", n.share() * 100), Decision.money(n.amountM()));
            case PROBE -> phrase(german, "eng.probe", name);
        };
    }

    /**
     * Why a game ended ({@code EndReason}, a fact) in the player's language, "" for none (a game still playing);
     * in English the engine's sentence before it was a fact, word for word (the fingerprint hashes it, and the
     * state's encoding holds it: {@code EndReason.text()}).
     */
    public static String end(dev.capex.engine.model.EndReason r) {
        return end(r, Msg.german());
    }

    /** Why a game ended in English whatever the language: for tools, logs and the facilitator's console. */
    public static String english(dev.capex.engine.model.EndReason r) {
        return end(r, false);
    }

    static String end(dev.capex.engine.model.EndReason r, boolean german) {
        if (r == null) {
            return "";
        }
        return switch (r.why()) {
            case COVENANTS -> phrase(german, "eng.covenantsDefault", Integer.toString(r.quarters()),
                    String.format(Locale.ROOT, "%.2f", r.netLeverage()), String.format(Locale.ROOT, "%.1f", r.interestCover()));
            case CASH -> phrase(german, "eng.cashFell", Decision.money(r.cashM()), Decision.money(r.minimumM()));
            case SOLVENT -> phrase(german, "eng.gameEnds", String.valueOf(r.end()));
        };
    }
}
