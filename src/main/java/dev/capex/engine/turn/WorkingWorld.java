package dev.capex.engine.turn;

import dev.capex.engine.model.ActiveEffect;
import dev.capex.engine.model.ArenaModel;
import dev.capex.engine.model.CompetitorState;
import dev.capex.engine.model.FrozenList;
import dev.capex.engine.model.Ids;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.World;
import java.util.List;

/**
 * The world while a game is played ({@link World}, open for writing). The rivals' states are held slot by
 * slot (the state's list order) in arrays written in place; the {@link CompetitorState} records are made
 * when the state is built (and kept while nothing changes) or when a rule asks for one.
 */
public final class WorkingWorld {
    /** The macro world, written in place; its record made when the world is closed. */
    public final WorkingMacro macro;
    public final WorkingArena arena;
    public final WorkingList<ActiveEffect> effects;
    public final WorkingList<String> firedCards;

    private final String[] rivalId;
    private final int[] starsPoached;
    private final double[] eloAdjustment;
    private final double[] capexFactor;
    private final double[] latestElo;
    /**
     * Each rival's last release quarter as its ordinal ({@link #NO_RELEASE} for none): an int written per release, where
     * a {@link Quarter} would be a reference store with the collector's barriers; the quarter is the shared instance
     * of that ordinal when read ({@link Quarter#ofOrdinal}, a value).
     */
    private final int[] lastRelease;
    /** The ordinal kept for a rival without a last release (a null quarter). */
    public static final int NO_RELEASE = Integer.MIN_VALUE;
    /**
     * Whether rival slot i holds the scenario's competitor i (the ids equal, position by position, and distinct
     * ignoring case): then {@link Turn#competitorSlot} is i for every lab. Slots keep their ids ({@link #replaceCompetitor}
     * puts a state where its id already was), so this holds for the whole game.
     */
    private final boolean positional;
    /** The rivals' records last made (or the state's): given again while the arrays still hold the same values. */
    private List<CompetitorState> rivalsClosed;

    /** The world of {@code w}; its arena copied from the scenario's template when it opens on the same list. */
    WorkingWorld(World w, ScenarioIndex ix) {
        this.macro = new WorkingMacro(w.macro());
        this.arena = new WorkingArena(w.arena(), ix);
        this.effects = new WorkingList<>(w.effects());
        this.firedCards = new WorkingList<>(w.firedCards());
        List<CompetitorState> cs = w.competitors();
        int n = cs.size();
        rivalId = new String[n];
        starsPoached = new int[n];
        eloAdjustment = new double[n];
        capexFactor = new double[n];
        latestElo = new double[n];
        lastRelease = new int[n];
        for (int i = 0; i < n; i++) {
            put(i, cs.get(i));
        }
        rivalsClosed = cs;
        boolean p = ix.competitorIdsDistinct && ix.sc.competitors().size() == n;
        for (int i = 0; p && i < n; i++) {
            p = rivalId[i].equals(ix.sc.competitors().get(i).id());
        }
        positional = p;
    }

    private void put(int slot, CompetitorState c) {
        rivalId[slot] = c.id();
        starsPoached[slot] = c.starsPoached();
        eloAdjustment[slot] = c.eloAdjustment();
        capexFactor[slot] = c.capexFactor();
        latestElo[slot] = c.latestElo();
        lastRelease[slot] = c.lastRelease() == null ? NO_RELEASE : c.lastRelease().ordinal();
    }

    public World close() {
        return new World(macro.record(), arena.models(), competitors(), WorkingList.closed(effects),
                WorkingList.closed(firedCards));
    }

    /**
     * The rivals' records as they stand: the list last made while every slot still holds the same values (each
     * compared with its record, bit for bit), else a new one. No write has to say that it wrote.
     */
    public List<CompetitorState> competitors() {
        List<CompetitorState> l = rivalsClosed;
        if (!same(l)) {
            CompetitorState[] a = new CompetitorState[rivalId.length];
            for (int i = 0; i < a.length; i++) {
                a[i] = competitor(i);
            }
            l = FrozenList.adopt(a, a.length);
            rivalsClosed = l;
        }
        return l;
    }

    private boolean same(List<CompetitorState> l) {
        for (int i = 0; i < rivalId.length; i++) {
            CompetitorState c = l.get(i);
            if (c.id() != rivalId[i] || c.starsPoached() != starsPoached[i]
                    || Double.doubleToRawLongBits(c.eloAdjustment()) != Double.doubleToRawLongBits(eloAdjustment[i])
                    || Double.doubleToRawLongBits(c.capexFactor()) != Double.doubleToRawLongBits(capexFactor[i])
                    || Double.doubleToRawLongBits(c.latestElo()) != Double.doubleToRawLongBits(latestElo[i])
                    || !java.util.Objects.equals(c.lastRelease(), lastRelease(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether rival slot i holds the scenario's competitor i for every i (see the field). */
    public boolean positional() {
        return positional;
    }

    /** How many rivals' states the world holds. */
    public int competitorCount() {
        return rivalId.length;
    }

    public String competitorId(int slot) {
        return rivalId[slot];
    }

    /** The record of the rival in {@code slot} now. */
    public CompetitorState competitor(int slot) {
        return new CompetitorState(rivalId[slot], starsPoached[slot], eloAdjustment[slot], capexFactor[slot],
                latestElo[slot], lastRelease(slot));
    }

    public double eloAdjustment(int slot) {
        return eloAdjustment[slot];
    }

    public double capexFactor(int slot) {
        return capexFactor[slot];
    }

    public double latestElo(int slot) {
        return latestElo[slot];
    }

    public Quarter lastRelease(int slot) {
        int o = lastRelease[slot];
        return o == NO_RELEASE ? null : Quarter.ofOrdinal(o);
    }

    /** The ordinal of {@link #lastRelease}, or {@link #NO_RELEASE} when it is null. */
    public int lastReleaseOrdinal(int slot) {
        return lastRelease[slot];
    }

    /** The rival in {@code slot} released a model with this Elo in quarter {@code q}. */
    public void released(int slot, double elo, Quarter q) {
        latestElo[slot] = elo;
        lastRelease[slot] = q.ordinal();
    }

    /** The rival's Elo adjustment (poaching's slowdown) is now {@code adjustment}. */
    public void setEloAdjustment(int slot, double adjustment) {
        eloAdjustment[slot] = adjustment;
    }

    /** The first rival whose id is {@code id} ignoring case, as a record, or null. */
    public CompetitorState competitor(String id) {
        for (int k = 0; k < rivalId.length; k++) { // indexed: no iterator
            if (Ids.same(rivalId[k], id)) {
                return competitor(k);
            }
        }
        return null;
    }

    /** Puts {@code c} in the place of the first rival whose id equals its id (nothing when none does). */
    public void replaceCompetitor(CompetitorState c) {
        for (int i = 0; i < rivalId.length; i++) {
            if (rivalId[i].equals(c.id())) {
                put(i, c);
                return;
            }
        }
    }
}
