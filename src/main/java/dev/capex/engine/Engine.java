package dev.capex.engine;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.*;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.levers.LeverRules;
import dev.capex.engine.rules.*;
import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.CreditMeasures;
import dev.capex.engine.turn.ScenarioIndex;
import dev.capex.engine.turn.Turn;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The entry point of the simulation: a pure function from (scenario, state, decisions) to the next
 * state and its events. The seed lives in the state; every random draw comes from streams derived
 * from (seed, quarter, name). No IO, no clock, no global random source: replaying the same decisions
 * gives the same states, bit for bit.
 */
public final class Engine {
    private Engine() {
    }

    /**
     * The opening position of a game. It depends on the seed only through the state's {@code seed}
     * field, so it is worked out once per scenario ({@link ScenarioIndex}) and given each game's seed.
     */
    public static GameState start(Scenario sc, long seed) {
        return ScenarioIndex.of(sc).opening(Engine::opening).withSeed(seed);
    }

    /** The opening position with seed 0 (nothing in it depends on the seed but that field). */
    static GameState opening(Scenario sc) {
        long seed = 0;
        Company c = sc.company();
        Quarter q0 = sc.start();
        long[] ledger = new long[Account.values().length];
        List<DepreciatingAsset> other = new ArrayList<>();
        other.add(new DepreciatingAsset("LEGACY-SERVERS", "servers and network at the start", Account.SERVERS,
                c.legacyServersNetM(), Turn.round(c.legacyServersNetM() / (double) c.legacyServersLifeQuarters())));
        other.add(new DepreciatingAsset("LEGACY-BUILDINGS", "offices and data centers at the start", Account.BUILDINGS,
                c.legacyBuildingsNetM(), Turn.round(c.legacyBuildingsNetM() / (double) c.legacyBuildingsLifeQuarters())));
        long servers = c.legacyServersNetM();
        long buildings = c.legacyBuildingsNetM();
        List<GpuCohort> cohorts = new ArrayList<>();
        int id = 0;
        for (CohortSpec cs : sc.startingFleet()) {
            long book = cs.grossCostM() - cs.accumulatedDepreciationM();
            cohorts.add(new GpuCohort("FLEET-" + (++id), sc.generation(cs.generation()).id(), cs.units(),
                    cs.grossCostM(), book, Turn.round(cs.grossCostM() / (double) sc.costs().gpuLifeQuarters()),
                    Quarter.parse(cs.delivered())));
            servers += book;
        }
        List<SiteState> sites = new ArrayList<>();
        List<ConstructionProject> projects = new ArrayList<>();
        long cip = 0;
        for (SiteSpec s : sc.sites()) {
            sites.add(new SiteState(s.id(), s.onlineGw(), 0, "", 0));
            if (s.onlineBookValueM() > 0) {
                other.add(new DepreciatingAsset(DepreciatingAsset.siteBuildingsId(s.id(), "START"), s.name() + " buildings", Account.BUILDINGS,
                        s.onlineBookValueM(), Turn.round(s.onlineBookValueM() / (double) sc.costs().buildingLifeQuarters())));
                buildings += s.onlineBookValueM();
            }
            if (s.underConstructionGw() > 0) {
                long total = Turn.round(s.underConstructionGw() * s.costPerGwM());
                int left = Quarter.parse(s.constructionCompletes()).minus(q0) + 1;
                projects.add(new ConstructionProject("BUILD-" + s.id(), s.id(), s.underConstructionGw(), total,
                        s.constructionSpentM(), 0, Math.max(1, left), 0, 0));
                cip += s.constructionSpentM();
            }
        }
        List<Parcel> parcels = new ArrayList<>();
        long hfs = 0;
        for (ParcelSpec p : sc.assetsForSale()) {
            parcels.add(new Parcel(p.id(), p.name(), p.bookValueM()));
            hfs += p.bookValueM();
        }
        List<DebtInstrument> debts = new ArrayList<>();
        long debt = 0;
        int startIdx = ValuationRules.startRatingIndex(sc);
        int startSpread = sc.finance().ratings().get(startIdx).spreadBp();
        for (DebtSpec d : sc.existingDebt()) {
            Quarter m = Quarter.parse(d.maturity());
            debts.add(new DebtInstrument(d.id(), DebtKind.BOND, d.name(), d.principalM(), d.principalM(), false, 0,
                    d.couponRate(), q0.plus(-1), m, m, 0, 0, 0, startSpread));
            debt += d.principalM();
        }
        ledger[Account.CASH.ordinal()] = c.cashM();
        ledger[Account.SERVERS.ordinal()] = servers;
        ledger[Account.BUILDINGS.ordinal()] = buildings;
        ledger[Account.CONSTRUCTION_IN_PROGRESS.ordinal()] = cip;
        ledger[Account.HELD_FOR_SALE.ordinal()] = hfs;
        ledger[Account.OTHER_ASSETS.ordinal()] = c.otherAssetsM();
        ledger[Account.DEBT.ordinal()] = -debt;
        ledger[Account.OTHER_LIABILITIES.ordinal()] = -c.otherLiabilitiesM();
        long assets = c.cashM() + servers + buildings + cip + hfs + c.otherAssetsM();
        // Opening equity is what the assets leave after the liabilities.
        ledger[Account.RETAINED_EARNINGS.ordinal()] = -(assets - debt - c.otherLiabilitiesM());

        List<QuarterFigures> history = new ArrayList<>();
        for (HistoryQuarter h : sc.history()) {
            history.add(new QuarterFigures(Quarter.parse(h.quarter()), false, h.revenueM(), h.ebitdaM(), h.netIncomeM(),
                    h.interestM(), h.capexM(), h.operatingCashFlowM(), h.operatingCashFlowM() - h.capexM(), 0, 0, 0, 0,
                    "", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0));
        }
        List<ArenaModel> arena = new ArrayList<>();
        for (ArenaEntry e : sc.arenaField()) {
            arena.add(new ArenaModel(e.lab(), e.name(), e.elo(), Quarter.parse(e.released()), false));
        }
        Ai ai = sc.ai();
        arena.add(new ArenaModel("Meta", ai.startingModel(), ai.startingElo(), Quarter.parse(ai.startingModelReleased()),
                true));
        int rank = ArenaRank.ofMeta(arena, ai.startingElo());
        List<CompetitorState> competitors = new ArrayList<>();
        for (Competitor comp : sc.competitors()) {
            double latest = 0;
            Quarter last = q0.plus(-comp.releaseEveryQuarters());
            for (ArenaModel m : arena) {
                if (m.lab().equals(comp.name()) && m.elo() > latest) {
                    latest = m.elo();
                }
            }
            competitors.add(new CompetitorState(comp.id(), 0, 0, 1.0, latest, last));
        }
        Macro mac = sc.macro();
        MacroState macro = new MacroState(mac.baseRate(), 0, mac.gpuShortage(), mac.dataCenterAssetIndex(), 1.0, 0, 0,
                sc.revenue().baseQuarterlyM());
        Policy policy = new Policy(c.trainingShare(), c.resaleShare(), c.realityLabsBudgetM(), c.dividendPerShare(),
                c.buybackPerQuarterM(), 1.0);
        double h100e = ValuationRules.startH100e(sc);
        AiState aiState = new AiState(0, 0, 0, ai.startingDataQuality(), 1.0, false, ai.startingElo(),
                ai.startingModel(), rank, 1.0, 0, 0, h100e, 0, false, List.of());
        CreditState credit = new CreditState(startIdx, 0, 0, 0, 0, startIdx);

        // Calibrate the multiple so that the formula gives the opening market cap.
        List<Long> revenues = history.stream().map(QuarterFigures::revenueM).toList();
        long ttmEbitda = Trailing.lastFourM(history, QuarterFigures::ebitdaM);
        long ttmCapex = Trailing.lastFourM(history, QuarterFigures::capexM);
        long ttmRev = Trailing.lastFourM(history, QuarterFigures::revenueM);
        double netLev = Turn.ratio(debt - c.cashM(), ttmEbitda);
        double growth = ValuationRules.growth(revenues);
        long invested = ValuationRules.investedCapitalM(new Balances(ledger));
        double roic0 = ValuationRules.capitalReturn(sc, ttmEbitda, invested);
        double gwOnline = 0;
        for (int kS = 0; kS < sites.size(); kS++) { // indexed: no iterator
            SiteState s = sites.get(kS);
            gwOnline += s.onlineGw();
        }
        double idle0 = ValuationRules.idleCapitalShare(cohorts, 0, 0, gwOnline, ComputeRules.gwUsed(sc, sites, cohorts),
                buildings, invested);
        ValuationInputs inputs = new ValuationInputs(growth, rank, h100e, netLev, startIdx, (double) ttmCapex / ttmRev,
                roic0, idle0, mac.baseRate(), 0, 0, 0, ttmEbitda, 0, debt - c.cashM(), c.sharesOutstanding());
        double multiple = ValuationRules.multiple(sc, inputs, roic0, idle0);
        long cap = Turn.round(c.sharesOutstanding() * c.sharePrice() / 1e6);
        double calibration = (cap + (debt - c.cashM())) / (multiple * ttmEbitda);
        MarketState market = new MarketState(cap, c.sharePrice(), c.sharePrice(), 0, calibration, multiple, growth,
                List.of(), roic0, idle0, inputs);

        return new GameState(sc.id(), seed, 0, q0, GameStatus.PLAYING, null, 0,
                new Books(new Balances(ledger), c.sharesOutstanding(), other, List.of(), history), policy,
                new Financing(debts, List.of(), List.of(), credit),
                new Fleet(cohorts, List.of(), List.of()),
                new Estate(sites, projects, parcels),
                new Lab(sc.talent().startingStars(), List.of(), aiState, new Frictions(0, 0, q0, List.of(), 1.0)),
                new World(macro, arena, competitors, List.of(), List.of()),
                market);
    }

    /**
     * Resolves one quarter: the decisions (in order), then the world, competitors, deliveries, compute,
     * AI progress, revenue, costs, cash flow and balance sheet, and the end checks (GAME.md's turn order).
     */
    public static QuarterResult resolve(Scenario sc, GameState s, List<Decision> decisions) {
        if (s.isOver()) {
            throw new IllegalStateException("the game is over: " + s.endReason().text());
        }
        Turn w = new Turn(sc, s);
        play(w, decisions, 0);
        List<GameEvent> events = w.events;
        w.nextQuarter();
        GameState next = state(w, true);
        return new QuarterResult(next, events, statements(w, next.books().ledger()));
    }

    /**
     * Plays one quarter on a working state, in place: the decisions from position {@code from} on (in order;
     * those before it are already applied, as a strategy that judged them in place left them), then steps 2
     * to 10, and the close; the working state is left at the quarter's end ({@link Turn#nextQuarter} moves it
     * on). The events are the turn's; the statements are made by {@link #statements} if asked.
     */
    static void play(Turn w, List<Decision> decisions, int from) {
        // 1. decisions
        for (int kD = from; kD < decisions.size(); kD++) { // indexed: no iterator
            Decision d = decisions.get(kD);
            LeverRules.apply(w, d);
        }
        playAfterDecisions(w);
    }

    /** Steps 2 to 10 and the close, once the quarter's decisions are applied to {@code w}. */
    private static void playAfterDecisions(Turn w) {
        close(w, steps(w));
    }

    /** Steps 2 to 10 of a quarter whose decisions are applied to {@code w}; step 5's compute, for the close. */
    static Compute steps(Turn w) {
        // 2. the world
        WorldRules.moveMacro(w.sc, w.world.macro, WorldRules.macroStream(w));
        WorldRules.drawCards(w);
        // 3. competitors
        CompetitorRules.move(w);
        // 4. deliveries, talent and stakes
        DeliveryRules.deliver(w);
        TalentRules.retain(w);
        WorkforceRules.recover(w);
        StakeRules.update(w);
        // 5. compute
        Compute compute = ComputeRules.allocate(w);
        // 6. AI progress
        ArenaRules.progress(w);
        // 7. revenue
        RevenueRules.book(w, compute);
        // 8. costs
        CostRules.operating(w, compute);
        CostRules.depreciation(w.fleet, w.books);
        CostRules.interest(w);
        LiquidityRules.commitmentFee(w);
        CostRules.tax(w);
        // 9. cash flow and balance sheet
        FinanceRules.maintenanceCapex(w);
        FinanceRules.scheduledRepayments(w);
        FinanceRules.shareholders(w);
        FinanceRules.covenants(w);
        FinanceRules.rating(w);
        // 10. end checks
        FinanceRules.liquidity(w);
        return compute;
    }

    /** The ordinals of the temporary (income and expense) accounts, ascending: the close's closing entries. */
    private static final int[] TEMPORARY = Account.temporaryOrdinals();

    /**
     * The close of the quarter on the working state: closing entries, valuation, the quarter's figures, the
     * end. The figures are read from the working books' lines; no statement is made (see {@link #statements}).
     */
    static void close(Turn w, Compute compute) {
        QuarterLines st = w.books.thisQuarter();
        w.books.closeCash();
        long revenue = st.revenue();
        long ebitda = revenue - st.operatingCosts(); // QuarterLines.ebitda(), revenue not summed again
        long netIncome = st.netIncome();
        long interest = st.line(Account.INTEREST_EXPENSE);
        long resale = st.line(Account.COMPUTE_RESALE_REVENUE);
        long capex = st.capex();
        long operatingCashFlow = st.operatingCashFlow();
        long freeCashFlow = operatingCashFlow - capex; // QuarterLines.freeCashFlow(), the cash lines not summed again
        // Closing entries: income and expense accounts into retained earnings.
        long[] ledger = w.books.ledger;
        int retained = Account.RETAINED_EARNINGS.ordinal();
        for (int i : TEMPORARY) { // the income and expense accounts, in the ledger's order
            long bal = ledger[i];
            ledger[i] = 0;
            ledger[retained] += bal;
        }
        CreditMeasures cm = FinanceRules.creditMetrics(w); // as the covenants measured them (CreditMeasures)
        ValuationRules.value(w, compute, revenue, resale, capex, cm);
        double tsr = (w.market.sharePrice() + w.market.dividendsPerShare()) / w.market.startSharePrice() - 1;
        double frontier = CompetitorRules.frontier(w);
        w.addFigures(new QuarterFigures(w.q, true, revenue, ebitda, netIncome,
                interest, capex, operatingCashFlow, freeCashFlow, w.books.ledger[Account.CASH.ordinal()],
                -w.books.ledger[Account.DEBT.ordinal()], cm.netLeverage(), cm.cover(), w.rating().name(), w.lab.ai.bestElo(), w.lab.ai.rank(), frontier,
                w.lab.ai.gpusOnline(), w.lab.ai.gpusIdle(), w.gwOnlineNow(), w.lab.stars, w.market.sharePrice(), w.market.marketCapM(),
                tsr));
        int turn = w.t + 1;
        if (turn >= w.ix.turns() && w.status == GameStatus.PLAYING) {
            FinanceRules.end(w, dev.capex.engine.model.EndReason.solvent(w.sc.end()));
        }
        removeExpiredEffects(w);
        w.endQuarter();
    }

    /**
     * The effects in force that end by the next quarter leave (those whose {@code until} is not after it): the
     * list is looked through first, so a quarter with none to remove makes no predicate and writes nothing.
     */
    private static void removeExpiredEffects(Turn w) {
        List<ActiveEffect> effects = w.world.effects;
        int next = w.q.ordinal() + 1;
        for (int i = 0; i < effects.size(); i++) {
            if (next >= effects.get(i).until().ordinal()) { // !nextQuarter.isBefore(until)
                Quarter nextQuarter = w.q.plus(1);
                effects.removeIf(e -> !nextQuarter.isBefore(e.until()));
                return;
            }
        }
    }

    /**
     * The statements of the quarter a working state has just closed, made between quarters (after
     * {@link Turn#nextQuarter}, before the next quarter posts anything); {@code closing} is the ledger now.
     */
    static Statements statements(Turn w, Balances closing) {
        return w.books.lastQuarterStatements(w.q.plus(-1), closing);
    }

    /**
     * The state a working state stands at between quarters (after {@link Turn#nextQuarter}). With
     * {@code adopt} the state takes the working ledger itself (for a turn that is dropped afterwards);
     * otherwise a copy, and the working lists are shared copy-on-write, so the turn may play on.
     */
    static GameState state(Turn w, boolean adopt) {
        Balances ledger = adopt ? Balances.adopt(w.books.ledger) : new Balances(w.books.ledger);
        return new GameState(w.sc.id(), w.seed, w.t, w.q, w.status, w.endReason, w.nextId,
                w.books.close(ledger), w.policy, w.financing.close(), w.fleet.close(), w.estate.close(), w.lab.close(),
                w.world.close(), w.market.close());
    }

    /** The pro forma effect of decisions queued for the next quarter, without playing it. */
    public static Preview preview(Scenario sc, GameState s, List<Decision> queued) {
        Turn w = new Turn(sc, s);
        long cashBefore = w.cash();
        long interestBefore = w.interestPerYearM();
        for (Decision d : queued) {
            LeverRules.apply(w, d);
        }
        long ebitda = w.lastTtmEbitda();
        double netLev = Turn.ratio(w.debt() + w.leaseAdjustmentM() - w.cash(), ebitda);
        long interest = w.interestPerYearM();
        double cover = Turn.cover(ebitda, interest);
        double headroom = Double.MAX_VALUE;
        boolean any = false;
        for (int kD = 0; kD < w.financing.debts.size(); kD++) { // indexed: no iterator
            DebtInstrument d = w.financing.debts.get(kD);
            if (d.maxNetLeverage() > 0) {
                headroom = Math.min(headroom, d.maxNetLeverage() - netLev);
                any = true;
            }
        }
        int implied = FinanceRules.impliedNotch(sc.finance(), netLev, cover);
        String now = w.rating().name();
        String outlook = sc.finance().ratings().get(implied).name();
        List<GameEvent> ev = new ArrayList<>(w.events);
        return new Preview(ev, w.cash(), cashBefore, interest, interestBefore, netLev, any ? headroom : 0, any, now,
                outlook, w.debt());
    }

    /** A pro forma to send decisions to one at a time (for bots that search), starting from {@code s}. */
    public static ProForma proForma(Scenario sc, GameState s) {
        return new ProForma(sc, s);
    }

    /**
     * The state digest that saves (format 2) record after each quarter: SHA-256, in lowercase hex, of
     * the state's canonical encoding ({@link StateEncoding}, documented in docs/save-format.md).
     */
    public static String digest(GameState s) {
        return Sha256.hex(StateEncoding.encode(s));
    }

    /**
     * The state digest of save format 1: SHA-256 of the state's format-1 text ({@link LegacyStateText}).
     * Only to verify and migrate version-1 saves.
     */
    public static String legacyDigest(GameState s) {
        return Sha256.hex(LegacyStateText.of(s).getBytes(StandardCharsets.UTF_8));
    }
}
