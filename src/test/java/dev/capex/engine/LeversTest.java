package dev.capex.engine;

import dev.capex.engine.decision.SaleMode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.AssetSale;
import dev.capex.engine.decision.Decision.Bond;
import dev.capex.engine.decision.Decision.BondDeal;
import dev.capex.engine.decision.Decision.BondDeal.Tranche;
import dev.capex.engine.decision.Decision.ModelRelease;
import java.util.List;
import dev.capex.engine.decision.Decision.Build;
import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.ComputeResale;
import dev.capex.engine.decision.Decision.Dividend;
import dev.capex.engine.decision.Decision.EquityRaise;
import dev.capex.engine.decision.Decision.Hire;
import dev.capex.engine.decision.Decision.JointVenture;
import dev.capex.engine.decision.Decision.HiringFreeze;
import dev.capex.engine.decision.Decision.OrderGpus;
import dev.capex.engine.decision.Decision.PrivateCredit;
import dev.capex.engine.decision.Decision.RealityLabs;
import dev.capex.engine.decision.Decision.RentCloud;
import dev.capex.engine.decision.Decision.Repay;
import dev.capex.engine.decision.Decision.Restructure;
import dev.capex.engine.decision.Decision.Stake;
import dev.capex.engine.decision.Decision.TrainingShare;
import dev.capex.engine.event.GameEvent.BondClosed;
import dev.capex.engine.event.GameEvent.ConstructionCompleted;
import dev.capex.engine.model.Account;
import dev.capex.engine.model.CashLine;
import dev.capex.engine.model.DebtInstrument;
import dev.capex.engine.model.Lease;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.SiteState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One lever family at a time: what the player sees when the engine refuses (a reason a player
 * understands, checked by its kind and the names and limits it must give, taken from the scenario)
 * and what the lever does when it is applied (relations with a twin that plays the same world without
 * the decision). Games use the baseline with seed 11; no figure of its calibration is written here.
 */
class LeversTest {
    static final long SEED = 11;
    static final Scenario SC = TestWorld.baseline();

    static Scenario.Lender lender(String id) {
        return SC.lenders().stream().filter(l -> l.id().equals(id)).findFirst().orElseThrow();
    }

    static Scenario.SiteSpec site(String id) {
        return SC.sites().stream().filter(x -> x.id().equals(id)).findFirst().orElseThrow();
    }

    /**
     * A refusal of a kind: its reason says the kind's words and names each of {@code named} (a lender,
     * a site, a limit as the player reads it). The wording may change; the kind and the names may not.
     */
    static void refusedAs(String reason, String kind, String... named) {
        assertTrue(reason.contains(kind), "a refusal of the kind '" + kind + "', got: " + reason);
        for (String n : named) {
            assertTrue(reason.contains(n), "the reason names " + n + ": " + reason);
        }
    }

    static Game game() {
        return Game.baseline(SEED);
    }

    static DebtInstrument debt(Game g, String id) {
        return g.state.financing().debts().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    @Nested
    class Borrowing {
        @Test
        void aLenderRefusesALoanOverItsSizeLimit() {
            Game meta = game();
            PrivateCredit tooBig = new PrivateCredit("apollo", 25_000, "corporate", null, 0);
            meta.play(tooBig);
            Scenario.Lender apollo = lender("apollo");
            assertTrue(25_000 > apollo.maxM(), "the loan is over the lender's limit");
            refusedAs(meta.refusal(tooBig), "outside that range", apollo.name(), Decision.money(apollo.minM()),
                    Decision.money(apollo.maxM()), Decision.money(25_000));
            assertEquals(0, meta.cash(CashLine.DEBT_RAISED));
        }

        @Test
        void privateCreditArrivesAtOnceWithItsCovenants() {
            Game meta = game();
            long debtBefore = meta.state.debtM();
            PrivateCredit loan = new PrivateCredit("apollo", 20_000, "corporate", null, 0);
            meta.play(loan);
            assertTrue(meta.applied(loan).contains("floating"), meta.applied(loan));
            assertEquals(20_000, meta.cash(CashLine.DEBT_RAISED));
            assertEquals(debtBefore + 20_000, meta.state.debtM());
            DebtInstrument pc = meta.state.financing().debts().stream().filter(d -> d.lender().equals(lender("apollo").name())).findFirst()
                    .orElseThrow();
            assertEquals(lender("apollo").maxNetLeverage(), pc.maxNetLeverage(), "the lender's covenants");
            assertEquals(lender("apollo").minInterestCover(), pc.minInterestCover());
        }

        @Test
        void oneDealALenderAQuarter() {
            Game meta = game();
            PrivateCredit first = new PrivateCredit("kkr", 5_000, "corporate", null, 0);
            PrivateCredit second = new PrivateCredit("kkr", 6_000, "corporate", null, 0);
            meta.play(first, second);
            meta.applied(first);
            refusedAs(meta.refusal(second), "one deal with Meta a quarter", lender("kkr").name());
        }

        @Test
        void aBondIsPricedAndClosesInTheQuarterItIsLaunched() {
            // The baseline arranges bonds in no time (finance.bondArrangementQuarters 0): Meta's notes close
            // within days of pricing.
            Game meta = game();
            long debtBefore = meta.state.debtM();
            Bond bond = new Bond(10_000, 10);
            meta.play(bond);
            assertTrue(meta.applied(bond).contains("cash arrives now"), meta.applied(bond));
            assertEquals(1, meta.events(BondClosed.class).size());
            assertEquals(10_000, meta.cash(CashLine.DEBT_RAISED));
            assertEquals(debtBefore + 10_000, meta.state.debtM());
            assertTrue(meta.state.financing().pendingBonds().isEmpty());
        }

        @Test
        void theBondMarketTakesOnlySoMuchInAQuarter() {
            Game meta = game();
            long cap = SC.finance().bondMaxPerQuarterM();
            Bond first = new Bond(cap * 2 / 3, 10);
            Bond second = new Bond(cap / 2, 5);
            meta.play(first, second);
            meta.applied(first);
            refusedAs(meta.refusal(second), "the market takes at most", Decision.money(cap),
                    Decision.money(first.amountM()) + " launched already");
        }

        static dev.capex.engine.levers.BondDealRule.Done dealDone(Game g) {
            return (dev.capex.engine.levers.BondDealRule.Done) g.events(dev.capex.engine.event.GameEvent.DecisionApplied.class)
                    .stream().filter(a -> a.decision() instanceof BondDeal).findFirst().orElseThrow().outcome();
        }

        static double curve(int years) {
            return SC.finance().treasuryCurve().stream().filter(p -> p.years() == years).findFirst().orElseThrow()
                    .parYield();
        }

        @Test
        void aBondDealPricesEachTrancheOffTheTreasuryCurveAndClosesAtOnce() {
            Game meta = game();
            Game twin = game();
            long debtBefore = meta.state.debtM();
            BondDeal deal = new BondDeal(List.of(new Tranche(4_000, 5), new Tranche(6_000, 10), new Tranche(8_000, 30)));
            meta.play(deal);
            twin.play();
            var done = dealDone(meta);
            assertEquals(3, done.tranches().size());
            assertEquals(18_000, done.totalM());
            assertEquals(3, meta.events(BondClosed.class).size(), "every tranche closes in the quarter it is launched");
            assertEquals(18_000, meta.cash(CashLine.DEBT_RAISED));
            assertEquals(debtBefore + 18_000, meta.state.debtM());
            assertTrue(meta.state.financing().pendingBonds().isEmpty());
            var p5 = done.tranches().get(0);
            var p10 = done.tranches().get(1);
            var p30 = done.tranches().get(2);
            for (var p : done.tranches()) {
                assertEquals(p.treasuryYield() + p.spreadBp() / 10000.0, p.coupon(), 1e-12, "coupon = Treasury + spread");
                DebtInstrument d = debt(meta, p.id());
                assertEquals(p.coupon(), d.couponRate(), 1e-12, "the bond carries the coupon it was priced at");
                assertEquals(p.amountM(), d.principalM());
            }
            // The Treasury yields keep the shape of the scenario's curve (a parallel move with the base rate).
            assertEquals(curve(10) - curve(5), p10.treasuryYield() - p5.treasuryYield(), 1e-12);
            assertEquals(curve(30) - curve(10), p30.treasuryYield() - p10.treasuryYield(), 1e-12);
            // Meta's spread widens with tenor by the scenario's premium per year, over the rating's spread.
            int perYear = SC.finance().bondTermPremiumBpPerYear();
            assertEquals(perYear * 5, p10.spreadBp() - p5.spreadBp());
            assertTrue(p5.spreadBp() > done.ratingSpreadBp() - 100 && p5.spreadBp() >= perYear * 5,
                    "the spread builds on the rating's: " + p5.spreadBp() + " vs " + done.ratingSpreadBp());
            // The statements: more interest than the twin, the same operating income; the rating no better.
            assertTrue(meta.line(Account.INTEREST_EXPENSE) > twin.line(Account.INTEREST_EXPENSE));
            assertTrue(meta.state.financing().credit().ratingIndex() >= twin.state.financing().credit().ratingIndex());
            String said = meta.applied(deal);
            assertTrue(said.contains(Decision.money(18_000)) && said.contains("30y"), said);
        }

        @Test
        void aBondDealIsRefusedWithTheTrancheAtFault() {
            Game meta = game();
            var f = SC.finance();
            BondDeal empty = new BondDeal(List.of());
            BondDeal twice = new BondDeal(List.of(new Tranche(3_000, 10), new Tranche(3_000, 10)));
            BondDeal oddTenor = new BondDeal(List.of(new Tranche(3_000, 10), new Tranche(3_000, 13)));
            BondDeal tiny = new BondDeal(List.of(new Tranche(f.bondMinM() - 1, 5)));
            BondDeal huge = new BondDeal(List.of(new Tranche(f.bondMaxPerQuarterM() / 2 + 1, 5),
                    new Tranche(f.bondMaxPerQuarterM() / 2 + 1, 10)));
            meta.play(empty, twice, oddTenor, tiny, huge);
            refusedAs(meta.refusal(empty), "at least one tranche");
            refusedAs(meta.refusal(twice), "tranche 2", "10-year tranche");
            refusedAs(meta.refusal(oddTenor), "tranche 2", "13 years", "not a tenor on offer");
            refusedAs(meta.refusal(tiny), "tranche 1", Decision.money(f.bondMinM()));
            refusedAs(meta.refusal(huge), "the market takes at most", Decision.money(f.bondMaxPerQuarterM()));
            // A deal and a single bond share the quarter's appetite.
            Game g = game();
            Bond first = new Bond(f.bondMaxPerQuarterM() - f.bondMinM(), 10);
            BondDeal after = new BondDeal(List.of(new Tranche(f.bondMinM(), 5), new Tranche(f.bondMinM(), 7)));
            g.play(first, after);
            g.applied(first);
            refusedAs(g.refusal(after), "launched already");
        }

        @Test
        void aSingleBondIsPricedOffTheCurveLikeADealTranche() {
            Game single = game();
            Game deal = game();
            Bond bond = new Bond(5_000, 7);
            single.play(bond);
            deal.play(new BondDeal(List.of(new Tranche(5_000, 7))));
            assertEquals(dealDone(deal).tranches().get(0).coupon(),
                    single.state.financing().debts().stream().filter(d -> d.principalM() == 5_000).findFirst().orElseThrow().couponRate(),
                    1e-12);
        }

        @Test
        void aProjectSpvFundsABuildOffTheBalanceSheetAgainstRentAndAGuarantee() {
            Game meta = game();
            long debtBefore = meta.state.debtM();
            Build build = new Build("hyperion", 2.0);
            PrivateCredit spv = new PrivateCredit("blueowl", 29_000, "project", "hyperion", 0.1);
            PrivateCredit tooBig = new PrivateCredit("blackstone", 16_000, "project", "prometheus", 0);
            meta.play(build, spv, tooBig);
            assertTrue(meta.applied(spv).contains("off the balance sheet"), meta.applied(spv));
            assertEquals(debtBefore, meta.state.debtM(), "no debt on Meta's books");
            Lease lease = meta.state.financing().leases().stream().filter(l -> l.kind() == dev.capex.engine.model.LeaseKind.PROJECT_SPV).findFirst()
                    .orElseThrow();
            assertEquals(Math.round(29_000 * SC.finance().residualValueGuaranteeShare()), lease.guaranteeM());
            assertEquals(lender("blueowl").name(), meta.state.site("hyperion").partner());
            refusedAs(meta.refusal(tooBig), "the cost of what is being built there", "the SPV can fund at most",
                    site("prometheus").name());
        }

        @Test
        void anEquityRaiseIssuesSharesAtADiscountAndCostsFees() {
            Game meta = game();
            Game twin = game();
            EquityRaise raise = new EquityRaise(10_000);
            meta.play(raise);
            twin.play();
            double price = SC.company().sharePrice() * (1 - SC.finance().equityDiscount());
            assertTrue(meta.applied(raise).contains(String.format(java.util.Locale.ROOT, "new shares at $%.2f", price)),
                    meta.applied(raise));
            assertEquals(10_000, meta.cash(CashLine.EQUITY_ISSUED));
            assertEquals(-Math.round(10_000 * SC.finance().equityFeeShare()), meta.cash(CashLine.FINANCING_FEES),
                    "the fees");
            // the amount at the opening price less the discount
            assertEquals(Math.round(10_000e6 / price), meta.state.books().sharesOutstanding() - twin.state.books().sharesOutstanding());

            EquityRaise huge = new EquityRaise(100_000);
            Game other = game();
            other.play(huge);
            assertTrue(other.refusal(huge).startsWith("the market takes at most $"), other.refusal(huge));
        }

        @Test
        void repayingReducesDebtAndCannotExceedWhatIsOwed() {
            Game meta = game();
            long debtBefore = meta.state.debtM();
            long owed2027 = debt(meta, "NOTES-2027").principalM();
            long owed2028 = debt(meta, "NOTES-2028").principalM();
            Repay repay = new Repay("NOTES-2027", 1_000);
            Repay tooMuch = new Repay("NOTES-2028", owed2028 + 1_000);
            meta.play(repay, tooMuch);
            meta.applied(repay);
            refusedAs(meta.refusal(tooMuch), "repay between", Decision.money(1), Decision.money(owed2028), "NOTES-2028");
            assertEquals(-1_000, meta.cash(CashLine.DEBT_REPAID));
            assertEquals(debtBefore - 1_000, meta.state.debtM());
            assertEquals(owed2027 - 1_000, debt(meta, "NOTES-2027").principalM());
        }
    }

    @Nested
    class JointVentures {
        static JointVenture hyperion(double gw, long distributionM) {
            return new JointVenture("hyperion", gw, "blueowl", 0.8, distributionM, 4, 16, 0.5);
        }

        @Test
        void aJointVentureNeedsSomethingInKindAPartnerWhoHoldsMostAndADistributionWithinItsEquity() {
            Game meta = game().playTo(site("elpaso").availableFrom()); // a site with a grid connection and nothing on it
            JointVenture nothingThere = new JointVenture("elpaso", 0.25, "blueowl", 0.8, 1_000, 4, 16, 0.5);
            JointVenture minority = new JointVenture("hyperion", 1.0, "blueowl", 0.4, 1_000, 4, 16, 0.5);
            JointVenture noPartner = new JointVenture("hyperion", 1.0, "nobody", 0.8, 1_000, 4, 16, 0.5);
            JointVenture greedy = hyperion(1.0, 500_000);
            meta.play(nothingThere, minority, noPartner, greedy);
            assertTrue(meta.refusal(nothingThere).startsWith("Meta has nothing at " + site("elpaso").name()
                    + " to contribute in kind"),
                    meta.refusal(nothingThere));
            assertTrue(meta.refusal(minority).startsWith("the equity partner holds most of the JV"), meta.refusal(minority));
            assertTrue(meta.refusal(noPartner).startsWith("no equity partner 'nobody'"), meta.refusal(noPartner));
            assertTrue(meta.refusal(greedy).startsWith("the distribution can return at most the JV's equity"),
                    meta.refusal(greedy));
        }

        @Test
        void theJvTakesTheLandInKindPaysADistributionAndFundsTheBuildOffTheBalanceSheet() {
            Game meta = game();
            Game twin = game();
            Build start = new Build("hyperion", 0.5);
            meta.play(start);
            twin.play(start);
            long debtBefore = meta.state.debtM();
            JointVenture jv = hyperion(1.5, 1_000);
            Build selfFunded = new Build("hyperion", 1.5);
            meta.play(jv);
            twin.play(selfFunded);
            assertTrue(meta.applied(jv).contains("Blue Owl holds 80%"), meta.applied(jv));
            assertEquals(1_000, meta.cash(CashLine.ASSET_SALES), "only the distribution is cash");
            assertEquals(0, meta.line(Account.GAIN_ON_SALE), "a distribution within Meta's contribution is no gain");
            assertEquals(0, meta.state.books().ledger().natural(Account.HELD_FOR_SALE), "the land held for sale went in kind");
            assertTrue(meta.state.books().ledger().natural(Account.CONSTRUCTION_IN_PROGRESS)
                    < twin.state.books().ledger().natural(Account.CONSTRUCTION_IN_PROGRESS),
                    "Meta's construction at Hyperion went in kind too");
            assertTrue(meta.state.books().ledger().natural(Account.OTHER_ASSETS) > twin.state.books().ledger().natural(Account.OTHER_ASSETS),
                    "Meta holds its share of the JV");
            assertEquals(debtBefore, meta.state.debtM(), "no debt on Meta's books: the bonds are the JV's");
            assertEquals("Blue Owl", meta.state.site("hyperion").partner());
            Lease initial = meta.state.financing().leases().stream().filter(l -> l.kind() == dev.capex.engine.model.LeaseKind.JV).findFirst().orElseThrow();
            Lease options = meta.state.financing().leases().stream().filter(l -> l.kind() == dev.capex.engine.model.LeaseKind.JV_EXTENSION).findFirst()
                    .orElseThrow();
            assertEquals(initial.ends().plus(1), options.rentStarts(), "the options follow the initial term");
            assertEquals(4 * 4, initial.ends().minus(initial.rentStarts()) + 1, "a four-year initial term");
            assertTrue(options.guaranteeM() > 0, "Meta guarantees part of the residual value");
            // Meta pays for none of the JV's build; the twin pays for its own.
            long metaBuild = 0;
            long twinBuild = 0;
            for (int i = 0; i < 4; i++) {
                metaBuild -= meta.cash(CashLine.CAPEX_CONSTRUCTION);
                twinBuild -= twin.cash(CashLine.CAPEX_CONSTRUCTION);
                meta.play();
                twin.play();
            }
            assertTrue(metaBuild < twinBuild / 3, "Meta's construction capex " + metaBuild + " against " + twinBuild);
        }

        @Test
        void theRatingCountsTheInitialTermAndTheGuaranteeNotTheOptions() {
            Game meta = game();
            Game twin = game();
            Build start = new Build("hyperion", 0.5);
            meta.play(start);
            twin.play(start);
            meta.play(hyperion(1.5, 0));
            twin.play();
            assertTrue(meta.state.latest().netLeverage() > twin.state.latest().netLeverage(),
                    "the lease and the guarantee count as debt: " + meta.state.latest().netLeverage() + " against "
                            + twin.state.latest().netLeverage());
            Game longLease = game();
            longLease.play(start);
            longLease.play(new JointVenture("hyperion", 1.5, "blueowl", 0.8, 0, 20, 0, 0.5));
            assertTrue(longLease.state.latest().netLeverage() > meta.state.latest().netLeverage(),
                    "a 20-year lease counts more than 4 years with 16 of options");
        }

        @Test
        void aDistributionAboveMetasContributionIsAGainBelowOperatingIncome() {
            Game meta = game();
            Game twin = game();
            Build start = new Build("hyperion", 0.5);
            meta.play(start);
            twin.play(start);
            meta.play(hyperion(1.5, 8_000));
            twin.play();
            long gain = meta.line(Account.GAIN_ON_SALE);
            assertTrue(gain > 0, "the distribution exceeds the land and construction put in");
            assertEquals(twin.statements().operatingIncome(), meta.statements().operatingIncome(),
                    "income from operations is untouched");
            assertEquals(gain, meta.statements().otherIncome());
        }
    }

    @Nested
    class AssetSales {
        @Test
        void aSiteWithNothingBuiltCannotBeSold() {
            Game meta = game();
            AssetSale sale = new AssetSale("hyperion", SaleMode.outright);
            meta.play(sale);
            refusedAs(meta.refusal(sale), "no capacity Meta owns to sell", site("hyperion").name());
        }

        @Test
        void aSaleLeasebackKeepsTheCapacityAndAddsRent() {
            // Given Prometheus has come online (1 GW, 2026Q3 unless the grid is late)
            Game meta = game();
            Game twin = game();
            meta.playUntil(r -> Game.events(r, ConstructionCompleted.class).stream()
                    .anyMatch(c -> c.site().equals(site("prometheus").name())), 10);
            while (twin.state.turn() < meta.state.turn()) {
                twin.play();
            }
            SiteState before = meta.state.site("prometheus");
            assertEquals(1.0, before.ownedGw(), 1e-9);

            // When Meta sells it and leases it back
            AssetSale slb = new AssetSale("prometheus", SaleMode.saleLeaseback);
            meta.play(slb);
            twin.play();
            meta.applied(slb);

            // Then the capacity stays (leased now), the cash comes in, and rent is paid from this quarter
            SiteState after = meta.state.site("prometheus");
            assertEquals(0.0, after.ownedGw(), 1e-9);
            assertEquals(before.onlineGw(), after.onlineGw(), 1e-9);
            assertEquals(twin.state.gwOnline(), meta.state.gwOnline(), 1e-9);
            assertEquals(twin.state.lab().ai().gpusOnline(), meta.state.lab().ai().gpusOnline());
            assertTrue(meta.cash(CashLine.ASSET_SALES) > 10_000, "sold for " + meta.cash(CashLine.ASSET_SALES));
            Lease lease = meta.state.financing().leases().stream().filter(l -> l.kind() == dev.capex.engine.model.LeaseKind.SALE_LEASEBACK).findFirst()
                    .orElseThrow();
            assertTrue(lease.rentPerQuarterM() > 0);
            assertEquals(twin.line(Account.LEASE_RENT) + lease.rentPerQuarterM(), meta.line(Account.LEASE_RENT));
        }

        @Test
        void theLandParcelGoesIntoACoDevelopmentJvAtBookValue() {
            Game meta = game();
            AssetSale jv = new AssetSale("land-2025", SaleMode.coDevelopment);
            meta.play(jv);
            meta.applied(jv);
            long book = SC.assetsForSale().stream().filter(x -> x.id().equals("land-2025")).findFirst().orElseThrow()
                    .bookValueM();
            assertTrue(meta.cash(CashLine.ASSET_SALES) >= book, "at book value at least: " + meta.cash(CashLine.ASSET_SALES));
            assertEquals(0, meta.state.books().ledger().natural(Account.HELD_FOR_SALE));
            String linked = SC.assetsForSale().stream().filter(x -> x.id().equals("land-2025")).findFirst().orElseThrow()
                    .linkedSite();
            assertEquals("co-development partner", meta.state.site(linked).partner());
        }
    }

    @Nested
    class Stakes {
        @Test
        void aTargetAlreadyOwnedCannotBeBoughtAgain() {
            Game meta = game();
            meta.play(new Stake("scale", 0.49));
            Stake more = new Stake("scale", 0.2);
            meta.play(more);
            String scale = SC.targets().stream().filter(t -> t.id().equals("scale")).findFirst().orElseThrow().name();
            refusedAs(meta.refusal(more), "already holds", "49%", scale);
        }

        @Test
        void aStakeNeedsTheCash() {
            Game meta = game();
            Stake ssi = new Stake("ssi", 1.0);
            Stake scale = new Stake("scale", 1.0);
            meta.play(ssi, scale);
            meta.applied(ssi);
            String reason = meta.refusal(scale);
            // The cash named is what the earlier decision left, before the quarter's own flows.
            long left = SC.company().cashM() - (meta.state.books().ledger().natural(Account.INVESTMENTS));
            refusedAs(reason, "not enough cash: the stake needs $", "and Meta has " + Decision.money(left));
        }
    }

    @Nested
    class Talent {
        @Test
        void hiresAddStarsAndCostPackages() {
            Game meta = game();
            Game twin = game();
            Hire hire = new Hire(10, 150, "openai");
            meta.play(hire);
            twin.play();
            meta.applied(hire);
            assertEquals(twin.state.lab().stars() + 10, meta.state.lab().stars());
            long paid = meta.line(Account.TALENT_COMPENSATION) - twin.line(Account.TALENT_COMPENSATION);
            assertTrue(paid > 0 && paid <= 10 * 150 / 4, "a quarter's share of the packages at most: " + paid);
        }

        @Test
        void starsRefuseAPackageBelowTheMarket() {
            Game meta = game();
            Hire cheap = new Hire(5, 50, "openai");
            meta.play(cheap);
            assertTrue(meta.refusal(cheap).startsWith("OpenAI's stars want at least $"), meta.refusal(cheap));
            assertTrue(meta.refusal(cheap).contains("to join a lab ranked #"), meta.refusal(cheap));
        }

        @Test
        void aHiringFreezeStopsCoreCostsGrowingAndRefusesHiresUntilItIsLifted() {
            Game meta = game();
            Game twin = game();
            HiringFreeze freeze = new HiringFreeze(3);
            HiringFreeze tooLong = new HiringFreeze(9);
            meta.play(freeze, tooLong);
            twin.play();
            assertTrue(meta.applied(freeze).startsWith("no hiring until"), meta.applied(freeze));
            assertEquals("a hiring freeze lasts 0 (lift it) to 8 quarters, got 9", meta.refusal(tooLong));
            Hire hire = new Hire(2, 150, "openai");
            meta.play(hire);
            twin.play();
            assertEquals("a hiring freeze is in force: lift it first", meta.refusal(hire));
            long gap = twin.line(Account.CORE_OPEX) + twin.line(Account.STOCK_COMPENSATION)
                    - meta.line(Account.CORE_OPEX) - meta.line(Account.STOCK_COMPENSATION);
            assertTrue(gap > 0, "the frozen workforce costs less than the growing one: " + gap);
            HiringFreeze lift = new HiringFreeze(0);
            meta.play(lift, new Hire(2, 150, "openai"));
            assertTrue(meta.applied(lift).startsWith("the hiring freeze is lifted"), meta.applied(lift));
            HiringFreeze liftAgain = new HiringFreeze(0);
            meta.play(liftAgain);
            assertEquals("there is no hiring freeze to lift", meta.refusal(liftAgain));
        }

        @Test
        void starsCanBeHiredFromAppleAndTheNewLabs() {
            Game meta = game();
            Hire apple = new Hire(1, 200, "apple");
            Hire tml = new Hire(1, 150, "thinkingmachines");
            meta.play(apple, tml);
            assertTrue(meta.applied(apple).contains("Apple"), meta.applied(apple));
            assertTrue(meta.applied(tml).contains("Thinking Machines"), meta.applied(tml));
        }

        @Test
        void aRestructuringCutsOperatingCostsFromThisQuarterOn() {
            Game meta = game();
            Game twin = game();
            Restructure cut = new Restructure(10);
            meta.play(cut);
            twin.play();
            assertTrue(meta.applied(cut).startsWith("saves $"), meta.applied(cut));
            long saving = twin.line(Account.CORE_OPEX) - meta.line(Account.CORE_OPEX);
            assertTrue(saving > 0, "the cut saves on core costs: " + saving);
            assertTrue(saving < twin.line(Account.CORE_OPEX) * 0.1, "at most 10% of the core costs: " + saving);
            assertTrue(meta.line(Account.RESTRUCTURING) > saving, "severance is paid now");
            meta.play();
            twin.play();
            assertTrue(twin.line(Account.CORE_OPEX) - meta.line(Account.CORE_OPEX) > saving / 2, "and next quarter too");
            assertEquals(0, meta.line(Account.RESTRUCTURING));
        }
    }

    @Nested
    class Compute {
        @Test
        void aGenerationNotYetAvailableCannotBeOrdered() {
            Game meta = game();
            OrderGpus early = new OrderGpus("VR200", 100_000);
            meta.play(early);
            var vr = SC.gpuGenerations().stream().filter(g -> g.id().equals("VR200")).findFirst().orElseThrow();
            assertTrue(SC.start().isBefore(Quarter.parse(vr.availableFrom())));
            refusedAs(meta.refusal(early), "is not available before", vr.name(), vr.availableFrom());
        }

        @Test
        void aGpuOrderPaysItsDepositNow() {
            Game meta = game();
            OrderGpus order = new OrderGpus("B200", 100_000);
            meta.play(order);
            meta.applied(order);
            long deposit = meta.state.books().ledger().natural(Account.GPU_DEPOSITS);
            var b200 = SC.gpuGenerations().stream().filter(g -> g.id().equals("B200")).findFirst().orElseThrow();
            var placed = meta.state.fleet().orders().get(meta.state.fleet().orders().size() - 1);
            double cost = placed.units() * placed.unitPriceUsd() / 1e6;
            assertEquals(cost * b200.depositShare(), deposit, 1.0, "the generation's deposit share of the order's cost");
            assertEquals(placed.depositM(), deposit);
            assertEquals(100_000, meta.state.gpusOnOrder());
        }

        @Test
        void aGpuOrderCanBeDeferredForAFeeOrCancelledAtAPenaltyFromTheDeposit() {
            Game meta = game();
            OrderGpus order = new OrderGpus("B200", 100_000);
            meta.play(order);
            var placed = meta.state.fleet().orders().get(meta.state.fleet().orders().size() - 1);
            var l = SC.economics().liquidity();
            var deferred = new dev.capex.engine.decision.Decision.DeferGpus(placed.id(), 2);
            meta.play(deferred);
            meta.applied(deferred);
            var after = meta.state.fleet().orders().stream().filter(o -> o.id().equals(placed.id())).findFirst().orElseThrow();
            assertEquals(placed.due().plus(2), after.due(), "the deliveries move two quarters");
            long value = Math.round(placed.outstanding() * placed.unitPriceUsd() / 1e6);
            assertEquals(Math.round(value * l.deferPenaltyShare()), meta.line(Account.RESTRUCTURING),
                    "the fee is an expense now");
            var tooLong = new dev.capex.engine.decision.Decision.DeferGpus(placed.id(), l.maxDeferQuarters() + 1);
            meta.play(tooLong);
            refusedAs(meta.refusal(tooLong), "defer by 1 to");
            var cancel = new dev.capex.engine.decision.Decision.DeferGpus(placed.id(), 0);
            meta.play(cancel);
            meta.applied(cancel);
            assertTrue(meta.state.fleet().orders().stream().noneMatch(o -> o.id().equals(placed.id())), "the order is gone");
            assertEquals(0, meta.state.books().ledger().natural(Account.GPU_DEPOSITS), "the deposit went to the penalty and refund");
            var nothing = new dev.capex.engine.decision.Decision.DeferGpus("ORDER-999", 1);
            meta.play(nothing);
            refusedAs(meta.refusal(nothing), "no GPU order");
        }

        @Test
        void noPoweredCapacityLeftAtASite() {
            Game meta = game();
            Build build = new Build("campuses", site("campuses").maxGw() - site("campuses").onlineGw() + 0.25);
            meta.play(build);
            // The refusal says how much is left, so the player can build that much instead.
            refusedAs(meta.refusal(build), "GW of powered capacity is left at", site("campuses").name(),
                    String.format(java.util.Locale.ROOT, "allows %.2f GW", site("campuses").maxGw()), "build at most");
        }

        @Test
        void aBuildSpendsEachQuarterUntilItIsOnline() {
            Game meta = game();
            Game twin = game();
            Build build = new Build("hyperion", 1.0);
            meta.play(build);
            twin.play();
            meta.applied(build);
            assertEquals(1.0, meta.state.gwUnderConstruction() - twin.state.gwUnderConstruction(), 1e-9);
            // An S-curve: the first quarter spends less than an even eighth, the middle quarters more.
            long first = twin.cash(CashLine.CAPEX_CONSTRUCTION) - meta.cash(CashLine.CAPEX_CONSTRUCTION);
            assertTrue(first > 0 && first < site("hyperion").costPerGwM() / site("hyperion").buildQuarters(), "first quarter " + first);
            long spent = first;
            long peak = 0;
            for (int i = 1; i < site("hyperion").buildQuarters(); i++) {
                meta.play();
                twin.play();
                long q = twin.cash(CashLine.CAPEX_CONSTRUCTION) - meta.cash(CashLine.CAPEX_CONSTRUCTION);
                peak = Math.max(peak, q);
                spent += q;
            }
            assertTrue(peak > site("hyperion").costPerGwM() / site("hyperion").buildQuarters(),
                    "the peak quarter spends more than an even share: " + peak);
            assertTrue(spent >= site("hyperion").costPerGwM(), "the whole cost is spent by the end: " + spent);
        }

        @Test
        void rentedCloudAddsComputeWithoutPowerFromTheNextQuarter() {
            Game meta = game();
            Game twin = game();
            RentCloud rent = new RentCloud("nebius", 100_000, 4);
            meta.play(rent);
            twin.play();
            meta.applied(rent);
            assertEquals(twin.state.lab().ai().h100eOnline(), meta.state.lab().ai().h100eOnline(), 1e-6, "not yet");
            meta.play();
            twin.play();
            assertEquals(twin.state.lab().ai().h100eOnline() + 100_000, meta.state.lab().ai().h100eOnline(), 1e-6);
            assertEquals(twin.state.lab().ai().gpusOnline(), meta.state.lab().ai().gpusOnline(), "no power needed");
            var nebius = SC.cloudProviders().stream().filter(c -> c.id().equals("nebius")).findFirst().orElseThrow();
            assertEquals(Math.round(100_000 * nebius.pricePerH100eQuarter() / 1e6), meta.line(Account.CLOUD_RENT), 1.0,
                    "the provider's price for what is rented");
        }

        @Test
        void aCloudOffersOnlySoMuchCapacity() {
            Game meta = game();
            RentCloud rent = new RentCloud("nebius", 150_000, 4);
            meta.play(rent);
            var nebius = SC.cloudProviders().stream().filter(c -> c.id().equals("nebius")).findFirst().orElseThrow();
            assertTrue(150_000 > nebius.maxH100e());
            refusedAs(meta.refusal(rent), "can offer at most", nebius.name(),
                    String.format(java.util.Locale.ROOT, "%,d H100 equivalents", nebius.maxH100e()));
        }

        @Test
        void theTrainingShareHasLimits() {
            Game meta = game();
            TrainingShare most = new TrainingShare(0.95);
            TrainingShare more = new TrainingShare(0.8);
            meta.play(most, more);
            refusedAs(meta.refusal(most), "the training share must be between");
            meta.applied(more);
            assertEquals(meta.state.lab().ai().h100eOnline() * 0.8, meta.state.lab().ai().trainingH100e(), 1e-6);
        }
    }

    @Nested
    class Operations {
        @Test
        void resellingComputeEarnsRevenueUpToALimit() {
            Game meta = game();
            ComputeResale half = new ComputeResale(0.6);
            ComputeResale some = new ComputeResale(0.1);
            meta.play(half, some);
            refusedAs(meta.refusal(half), "the resale share must be between",
                    Math.round(SC.finance().maxResaleShare() * 100) + "%");
            meta.applied(some);
            assertTrue(meta.line(Account.COMPUTE_RESALE_REVENUE) > 0);
        }

        @Test
        void theRealityLabsBudgetIsSpentEachQuarter() {
            Game meta = game();
            RealityLabs lean = new RealityLabs(2_000);
            RealityLabs lavish = new RealityLabs(20_000);
            meta.play(lean, lavish);
            refusedAs(meta.refusal(lavish), "the Reality Labs budget must be between $0 and $");
            // The budget is an average quarter: devices ship for the fourth, so its costs peak then.
            long year = meta.line(Account.REALITY_LABS_COSTS);
            long q4 = 0;
            for (int i = 1; i < 4; i++) {
                meta.play();
                year += meta.line(Account.REALITY_LABS_COSTS);
                if (meta.state.quarter().plus(-1).q() == 4) {
                    q4 = meta.line(Account.REALITY_LABS_COSTS);
                }
            }
            assertEquals(4 * 2_000, year, 4);
            assertTrue(q4 > 2_000, "the fourth quarter costs more than the average: " + q4);
        }
    }

    @Nested
    class Shareholders {
        @Test
        void aDividendIsPaidEveryQuarterFromNowOn() {
            Game meta = game();
            Dividend dividend = new Dividend(1.0);
            meta.play(dividend);
            meta.applied(dividend);
            long shares = meta.state.books().sharesOutstanding();
            meta.play();
            // On the shares at payment: those the quarter's vesting RSUs add (net of tax withheld) included.
            long paid = -meta.cash(CashLine.DIVIDENDS);
            assertTrue(paid >= Math.round(shares / 1e6) && paid <= Math.round(shares / 1e6 * 1.01), "dividends " + paid);
        }

        @Test
        void buybacksRetireSharesAndStopAtTheOperatingMinimum() {
            Game meta = game();
            Game twin = game();
            Buyback more = new Buyback(20_000);
            meta.play(more);
            twin.play();
            meta.applied(more);
            assertEquals(-20_000, meta.cash(CashLine.BUYBACKS));
            assertEquals(-SC.company().buybackPerQuarterM(), twin.cash(CashLine.BUYBACKS),
                    "the twin keeps the opening buyback policy");
            assertTrue(meta.state.books().sharesOutstanding() < twin.state.books().sharesOutstanding());

            Buyback none = new Buyback(0);
            meta.play(none);
            assertEquals(0, meta.cash(CashLine.BUYBACKS));

            Buyback tooMuch = new Buyback(60_000);
            meta.play(tooMuch);
            refusedAs(meta.refusal(tooMuch), "buybacks must be between $0 and $");
        }

        @Test
        void theCapsOnBuybacksDividendsAndRealityLabsAreTheScenarios() {
            long buybackCap = SC.company().buybackPerQuarterM() + 1_000;
            double dividendCap = SC.company().dividendPerShare() + 0.25;
            Scenario tight = TestWorld.with(TestWorld.with(SC, "finance", TestWorld.with(TestWorld.with(SC.finance(),
                    "maxBuybackPerQuarterM", buybackCap), "maxDividendPerShare", dividendCap)), "costs",
                    TestWorld.with(SC.costs(), "realityLabsMaxBudgetMultiple", 1.5));
            Game meta = Game.start(tight, SEED);
            Buyback over = new Buyback(buybackCap + 1);
            Buyback at = new Buyback(buybackCap);
            Dividend tooRich = new Dividend(dividendCap + 0.01);
            RealityLabs more = new RealityLabs(Math.round(SC.company().realityLabsBudgetM() * 1.6));
            meta.play(over, at, tooRich, more);
            refusedAs(meta.refusal(over), "buybacks must be between $0 and " + Decision.money(buybackCap));
            meta.applied(at);
            refusedAs(meta.refusal(tooRich), "the dividend must be between $0 and $");
            refusedAs(meta.refusal(more), "the Reality Labs budget must be between $0 and "
                    + Decision.money(Math.round(SC.company().realityLabsBudgetM() * 1.5)));
            // The same decisions under the shipped scenario's wider caps are applied.
            Game wide = game();
            Buyback sameOver = new Buyback(buybackCap + 1);
            wide.play(sameOver);
            wide.applied(sameOver);
        }
    }

    @Nested
    class ModelReleases {
        static int metaReleases(Game g) {
            return (int) g.events(dev.capex.engine.event.GameEvent.ModelReleased.class).stream()
                    .filter(dev.capex.engine.event.GameEvent.ModelReleased::meta).count();
        }

        @Test
        void aHeldModelCostsItsComputeAndBuysNothingUntilReleasedThenScoresLessForItsWait() {
            Game meta = game();
            Game twin = game();
            double startBest = meta.state.lab().ai().bestElo();
            ModelRelease hold = new ModelRelease("hold", "");
            meta.play(hold);
            twin.play();
            assertTrue(meta.applied(hold).contains("held back"), meta.applied(hold));
            // Play both until the run finishes: the twin releases it, Meta holds it back.
            while (meta.state.lab().ai().held().isEmpty()) {
                assertEquals(0, metaReleases(meta), "a held run is not released");
                meta.play();
                twin.play();
            }
            assertEquals(0, metaReleases(meta));
            assertEquals(1, meta.events(dev.capex.engine.event.GameEvent.ModelHeld.class).size());
            assertEquals(1, metaReleases(twin));
            var held = meta.state.lab().ai().held().get(0);
            var released = twin.events(dev.capex.engine.event.GameEvent.ModelReleased.class).stream()
                    .filter(dev.capex.engine.event.GameEvent.ModelReleased::meta).findFirst().orElseThrow();
            assertEquals(released.model(), held.name());
            assertEquals(released.elo(), held.elo(), 1e-9, "the same run, the same score: only the release differs");
            // It cost the same compute (the next run starts from zero in both) and bought nothing.
            assertEquals(twin.state.lab().ai().runCompute(), meta.state.lab().ai().runCompute(), 1e-9);
            assertEquals(startBest, meta.state.lab().ai().bestElo(), 1e-9, "no arena effect while held");
            assertTrue(meta.state.world().arena().stream().noneMatch(m -> m.meta() && m.name().equals(held.name())));
            assertTrue(meta.state.lab().ai().rank() >= twin.state.lab().ai().rank());
            if (twin.state.lab().ai().bestElo() > startBest) {
                meta.play();
                twin.play();
                assertTrue(meta.line(Account.AD_REVENUE) <= twin.line(Account.AD_REVENUE),
                        "a better model released earns the twin at least as much");
            }
            // Released later, it scores its Elo less the staleness of the quarters it was held.
            int waited = meta.state.quarter().minus(held.finished());
            ModelRelease release = new ModelRelease("release", held.name());
            meta.play(release);
            assertTrue(meta.state.lab().ai().held().isEmpty());
            var late = meta.events(dev.capex.engine.event.GameEvent.ModelReleased.class).stream()
                    .filter(dev.capex.engine.event.GameEvent.ModelReleased::meta).findFirst().orElseThrow();
            assertEquals(held.elo() - SC.ai().heldEloLossPerQuarter() * waited, late.elo(), 1e-9);
            assertTrue(SC.ai().heldEloLossPerQuarter() <= 0 || late.elo() < held.elo(), "the frontier moved on");
            assertTrue(meta.applied(release).contains(held.name()), meta.applied(release));
        }

        @Test
        void cancellingAHoldLeavesTheGameAsIfNothingWasDecided() {
            Game meta = game();
            Game twin = game();
            meta.play(new ModelRelease("hold", ""), new ModelRelease("release", ""));
            twin.play();
            assertEquals(Engine.digest(twin.state), Engine.digest(meta.state));
        }

        @Test
        void releasesAndHoldsAreRefusedWithTheModelsNamed() {
            Game meta = game();
            String training = dev.capex.engine.rules.ArenaRules.modelName(SC.ai(), meta.state.lab().ai().runNumber());
            ModelRelease nothingHeld = new ModelRelease("release", "Llama 9");
            ModelRelease publish = new ModelRelease("publish", "");
            ModelRelease notTraining = new ModelRelease("hold", "Llama 9");
            ModelRelease hold = new ModelRelease("hold", training);
            ModelRelease again = new ModelRelease("hold", "");
            meta.play(nothingHeld, publish, notTraining, hold, again);
            refusedAs(meta.refusal(nothingHeld), "no model is held back");
            refusedAs(meta.refusal(publish), "hold or release", "publish");
            refusedAs(meta.refusal(notTraining), "only the run in training", training, "Llama 9");
            meta.applied(hold);
            refusedAs(meta.refusal(again), "already to be held back", training);
        }
    }

    @Test
    void everyLeverFamilyIsCoveredHere() {
        // A reminder that grows with the game: a new kind of decision needs a test in this class.
        assertEquals(21, dev.capex.engine.levers.LeverRules.TYPES.size(), "a new lever: add its refusal and its effect to LeversTest");
    }
}
