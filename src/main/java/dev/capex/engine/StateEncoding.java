package dev.capex.engine;

import dev.capex.engine.model.EndReason;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.AiState;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.Balances;
import dev.capex.engine.model.CloudContract;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.ConstructionProject;
import dev.capex.engine.model.CreditState;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.DepreciatingAsset;
import dev.capex.engine.model.Frictions;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.GpuCohort;
import dev.capex.engine.model.GpuOrder;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.MacroState;
import dev.capex.engine.model.MarketState;
import dev.capex.engine.model.Parcel;
import dev.capex.engine.model.PendingBond;
import dev.capex.engine.model.Policy;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.QuarterFigures;
import dev.capex.engine.model.SiteState;
import dev.capex.engine.model.StakeHolding;
import dev.capex.engine.model.TalentCohort;
import dev.capex.engine.model.ValuationInputs;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The canonical binary encoding of a {@link GameState}: what the state digest of a save (format 2)
 * hashes. It is written field by field in a fixed, documented order (docs/save-format.md, "The state
 * digest"), so it depends neither on the records' field names nor on {@code toString}, and costs a
 * few microseconds (no reflection, no string formatting of numbers).
 *
 * <p>Primitives, all big-endian: an {@code int} is 4 bytes, a {@code long} 8 bytes, a {@code double}
 * the 8 bytes of its IEEE 754 bits ({@link Double#doubleToLongBits}, so every NaN encodes alike and
 * -0.0 differs from 0.0), a {@code boolean} one byte 0 or 1. A string is its length in UTF-8 bytes
 * (an int) then those bytes; {@code null} is the length -1. A quarter is its year and its number
 * (two ints); {@code null} is the year {@link Integer#MIN_VALUE} and 0. An enum is its constant's
 * name as a string. A list is its size (an int) then its elements. A record is its fields in the
 * order listed below, with nothing between them. The encoding starts with the 8 ASCII bytes
 * {@code CAPEXST1} (the encoding's version).
 *
 * <p><b>Keeping it complete.</b> Whoever adds, removes or restructures a part of the state updates
 * this class and the table in docs/save-format.md in the same change; {@code StateEncodingTest}
 * fails when a field of the state can change without changing the encoding. Changing the order or
 * the rules changes every digest: that is a new save format version (see {@code SaveFormat}).
 */
public final class StateEncoding {
    /** The first bytes of every encoding (ASCII): the encoding's name and version. */
    static final String MAGIC = "CAPEXST1";

    private byte[] buf;
    private int size;
    /** Whether a double of magnitude 1e16 or more, NaN or infinite was written. */
    private boolean extreme;

    private StateEncoding(int capacity) {
        buf = new byte[capacity];
    }

    /** The canonical bytes of the state. */
    public static byte[] encode(GameState s) {
        StateEncoding e = new StateEncoding(16 * 1024);
        for (int i = 0; i < MAGIC.length(); i++) {
            e.buf[e.size++] = (byte) MAGIC.charAt(i);
        }
        e.state(s);
        return Arrays.copyOf(e.buf, e.size);
    }

    /**
     * Whether the state holds a double of magnitude 1e16 or more, NaN or infinite: a value the game cannot
     * keep exactly. A pass over the encoding, so that the common case (none) costs no text of the state.
     */
    public static boolean holdsExtreme(GameState s) {
        StateEncoding e = new StateEncoding(16 * 1024);
        e.state(s);
        return e.extreme;
    }

    private void state(GameState s) {
        str(s.scenarioId());
        i64(s.seed());
        i32(s.turn());
        quarter(s.quarter());
        str(s.status().name());
        str(EndReason.text(s.endReason())); // the sentence the engine wrote before it was a fact: digests hold
        i32(s.nextId());
        balances(s.books().ledger());
        macro(s.world().macro());
        policy(s.policy());
        i64(s.books().sharesOutstanding());
        debts(s.financing().debts());
        pendingBonds(s.financing().pendingBonds());
        leases(s.financing().leases());
        cohorts(s.fleet().cohorts());
        orders(s.fleet().orders());
        assets(s.books().otherAssets());
        sites(s.estate().sites());
        projects(s.estate().projects());
        cloud(s.fleet().cloud());
        parcels(s.estate().parcels());
        stakes(s.books().stakes());
        i32(s.lab().stars());
        talent(s.lab().talent());
        ai(s.lab().ai());
        arena(s.world().arena());
        competitors(s.world().competitors());
        effects(s.world().effects());
        i32(s.world().firedCards().size());
        for (String c : s.world().firedCards()) {
            str(c);
        }
        credit(s.financing().credit());
        market(s.market());
        history(s.books().history());
        frictions(s.lab().frictions());
    }

    private void balances(Balances b) {
        Account[] accounts = Account.values();
        int n = 0;
        for (Account a : accounts) {
            if (!a.addedAfterFormat2() || b.get(a) != 0) {
                n++;
            }
        }
        i32(n);
        for (Account a : accounts) {
            if (a.addedAfterFormat2() && b.get(a) == 0) {
                continue; // accounts added after format 2 are written only when used (docs/save-format.md)
            }
            str(a.name());
            i64(b.get(a));
        }
    }

    private void macro(MacroState m) {
        f64(m.baseRate());
        f64(m.spreadShockBp());
        f64(m.gpuShortage());
        f64(m.assetIndex());
        f64(m.techniqueIndex());
        f64(m.marketNoise());
        f64(m.growthShock());
        f64(m.adLevelM());
    }

    private void policy(Policy p) {
        f64(p.trainingShare());
        f64(p.resaleShare());
        i64(p.realityLabsBudgetM());
        f64(p.dividendPerShare());
        i64(p.buybackPerQuarterM());
        f64(p.workforceFactor());
    }

    private void debts(List<DebtInstrument> list) {
        i32(list.size());
        for (DebtInstrument d : list) {
            str(d.id());
            str(d.kind().label());
            str(d.lender());
            i64(d.principalM());
            i64(d.originalM());
            bool(d.floating());
            i32(d.spreadBp());
            f64(d.couponRate());
            quarter(d.issued());
            quarter(d.maturity());
            quarter(d.amortizationStart());
            i64(d.amortizationPerQuarterM());
            f64(d.maxNetLeverage());
            f64(d.minInterestCover());
            i32(d.ratingSpreadAtIssueBp());
        }
    }

    private void pendingBonds(List<PendingBond> list) {
        i32(list.size());
        for (PendingBond b : list) {
            str(b.id());
            i64(b.amountM());
            f64(b.couponRate());
            i32(b.tenorYears());
            quarter(b.closes());
        }
    }

    private void leases(List<Lease> list) {
        i32(list.size());
        for (Lease l : list) {
            str(l.id());
            str(l.kind().label());
            str(l.siteId());
            str(l.counterparty());
            i64(l.rentPerQuarterM());
            quarter(l.rentStarts());
            quarter(l.ends());
            i64(l.guaranteeM());
        }
    }

    private void cohorts(List<GpuCohort> list) {
        i32(list.size());
        for (GpuCohort c : list) {
            str(c.id());
            str(c.generation());
            i64(c.units());
            i64(c.grossCostM());
            i64(c.bookValueM());
            i64(c.depreciationPerQuarterM());
            quarter(c.delivered());
        }
    }

    private void orders(List<GpuOrder> list) {
        i32(list.size());
        for (GpuOrder o : list) {
            str(o.id());
            str(o.generation());
            i64(o.units());
            i64(o.delivered());
            f64(o.unitPriceUsd());
            i64(o.depositM());
            i64(o.depositAppliedM());
            quarter(o.placed());
            quarter(o.due());
        }
    }

    private void assets(List<DepreciatingAsset> list) {
        i32(list.size());
        for (DepreciatingAsset a : list) {
            str(a.id());
            str(a.label());
            str(a.account() == null ? null : a.account().name());
            i64(a.bookValueM());
            i64(a.depreciationPerQuarterM());
        }
    }

    private void sites(List<SiteState> list) {
        i32(list.size());
        for (SiteState s : list) {
            str(s.id());
            f64(s.ownedGw());
            f64(s.leasedGw());
            str(s.partner());
            f64(s.partnerShare());
        }
    }

    private void projects(List<ConstructionProject> list) {
        i32(list.size());
        for (ConstructionProject p : list) {
            str(p.id());
            str(p.siteId());
            f64(p.gw());
            i64(p.totalCostM());
            i64(p.metaSpentM());
            i64(p.partnerSpentM());
            i32(p.quartersLeft());
            f64(p.partnerShare());
            i32(p.delays());
        }
    }

    private void cloud(List<CloudContract> list) {
        i32(list.size());
        for (CloudContract c : list) {
            str(c.id());
            str(c.provider());
            i64(c.h100e());
            i64(c.rentPerQuarterM());
            quarter(c.starts());
            quarter(c.ends());
        }
    }

    private void parcels(List<Parcel> list) {
        i32(list.size());
        for (Parcel p : list) {
            str(p.id());
            str(p.name());
            i64(p.bookValueM());
        }
    }

    private void stakes(List<StakeHolding> list) {
        i32(list.size());
        for (StakeHolding s : list) {
            str(s.targetId());
            f64(s.share());
            bool(s.control());
            i64(s.costM());
            i64(s.carryingM());
            f64(s.targetValueM());
            quarter(s.bought());
            quarter(s.integrated());
            bool(s.probe());
            bool(s.divested());
        }
    }

    private void talent(List<TalentCohort> list) {
        i32(list.size());
        for (TalentCohort t : list) {
            str(t.id());
            i32(t.stars());
            i64(t.packagePerStarM());
            str(t.rival());
            quarter(t.hired());
        }
    }

    private void ai(AiState a) {
        f64(a.runCompute());
        i32(a.runQuarters());
        i32(a.runNumber());
        f64(a.dataQuality());
        f64(a.inferenceEfficiency());
        bool(a.reasoning());
        f64(a.bestElo());
        str(a.bestModel());
        i32(a.rank());
        f64(a.morale());
        i64(a.gpusOnline());
        i64(a.gpusIdle());
        f64(a.h100eOnline());
        f64(a.trainingH100e());
        // Model releases held back (issue 11): written only once used, so older games keep their digests.
        if (a.holdNext() || !a.held().isEmpty()) {
            str("held");
            bool(a.holdNext());
            i32(a.held().size());
            for (AiState.HeldModel h : a.held()) {
                str(h.name());
                f64(h.elo());
                quarter(h.finished());
            }
        }
    }

    private void arena(List<ArenaModel> list) {
        i32(list.size());
        for (ArenaModel m : list) {
            str(m.lab());
            str(m.name());
            f64(m.elo());
            quarter(m.released());
            bool(m.meta());
        }
    }

    private void competitors(List<CompetitorState> list) {
        i32(list.size());
        for (CompetitorState c : list) {
            str(c.id());
            i32(c.starsPoached());
            f64(c.eloAdjustment());
            f64(c.capexFactor());
            f64(c.latestElo());
            quarter(c.lastRelease());
        }
    }

    private void effects(List<ActiveEffect> list) {
        i32(list.size());
        for (ActiveEffect e : list) {
            str(e.source());
            str(e.target());
            str(e.type().name());
            f64(e.magnitude());
            quarter(e.until());
        }
    }

    private void credit(CreditState c) {
        i32(c.ratingIndex());
        i32(c.upgradeStreak());
        i32(c.breachStreak());
        i64(c.emergencyDrawnM());
        i32(c.downgrades());
        i32(c.worstRatingIndex());
    }

    private void market(MarketState m) {
        i64(m.marketCapM());
        f64(m.sharePrice());
        f64(m.startSharePrice());
        f64(m.dividendsPerShare());
        f64(m.calibration());
        f64(m.multiple());
        f64(m.smoothedGrowth());
        i32(m.resaleRevenues().size());
        for (long r : m.resaleRevenues()) {
            i64(r);
        }
        f64(m.startCapitalReturn());
        f64(m.startIdleShare());
        ValuationInputs v = m.inputs();
        f64(v.growth());
        i32(v.rank());
        f64(v.h100e());
        f64(v.netLeverage());
        i32(v.ratingIndex());
        f64(v.capexToRevenue());
        f64(v.capitalReturn());
        f64(v.idleCapitalShare());
        f64(v.baseRate());
        f64(v.impatience());
        f64(v.marketEffect());
        f64(v.noise());
        i64(v.ebitdaM());
        i64(v.resaleRevenueM());
        f64(v.netDebtM());
        i64(v.shares());
    }

    private void frictions(Frictions f) {
        f64(f.resaleH100e());
        f64(f.resalePricePerH100eQuarter());
        quarter(f.resaleUntil());
        i32(f.recentCuts().size());
        for (double c : f.recentCuts()) {
            f64(c);
        }
        f64(f.velocity());
    }

    private void history(List<QuarterFigures> list) {
        i32(list.size());
        for (QuarterFigures f : list) {
            quarter(f.quarter());
            bool(f.played());
            i64(f.revenueM());
            i64(f.ebitdaM());
            i64(f.netIncomeM());
            i64(f.interestM());
            i64(f.capexM());
            i64(f.operatingCashFlowM());
            i64(f.freeCashFlowM());
            i64(f.cashM());
            i64(f.debtM());
            f64(f.netLeverage());
            f64(f.interestCover());
            str(f.rating());
            f64(f.elo());
            i32(f.rank());
            f64(f.frontierElo());
            i64(f.gpusOnline());
            i64(f.gpusIdle());
            f64(f.gwOnline());
            i32(f.stars());
            f64(f.sharePrice());
            i64(f.marketCapM());
            f64(f.tsr());
        }
    }

    // --- primitives ---

    private void ensure(int n) {
        if (size + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, size + n));
        }
    }

    private void raw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, size, b.length);
        size += b.length;
    }

    private void i32(int v) {
        ensure(4);
        buf[size++] = (byte) (v >>> 24);
        buf[size++] = (byte) (v >>> 16);
        buf[size++] = (byte) (v >>> 8);
        buf[size++] = (byte) v;
    }

    private void i64(long v) {
        ensure(8);
        for (int shift = 56; shift >= 0; shift -= 8) {
            buf[size++] = (byte) (v >>> shift);
        }
    }

    private void f64(double v) {
        if (!(Math.abs(v) < 1e16)) {
            extreme = true;
        }
        i64(Double.doubleToLongBits(v));
    }

    private void bool(boolean v) {
        ensure(1);
        buf[size++] = (byte) (v ? 1 : 0);
    }

    private void str(String s) {
        if (s == null) {
            i32(-1);
            return;
        }
        // Identifiers and names are nearly always ASCII: copy them without an encoder.
        int n = s.length();
        boolean ascii = true;
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                ascii = false;
                break;
            }
        }
        if (ascii) {
            i32(n);
            ensure(n);
            for (int i = 0; i < n; i++) {
                buf[size++] = (byte) s.charAt(i);
            }
        } else {
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            i32(b.length);
            raw(b);
        }
    }

    private void quarter(Quarter q) {
        if (q == null) {
            i32(Integer.MIN_VALUE);
            i32(0);
        } else {
            i32(q.year());
            i32(q.q());
        }
    }
}
