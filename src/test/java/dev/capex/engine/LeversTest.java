package dev.capex.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.AssetSale;
import dev.capex.engine.decision.Decision.Bond;
import dev.capex.engine.decision.Decision.Build;
import dev.capex.engine.decision.Decision.Buyback;
import dev.capex.engine.decision.Decision.ComputeResale;
import dev.capex.engine.decision.Decision.Dividend;
import dev.capex.engine.decision.Decision.EquityRaise;
import dev.capex.engine.decision.Decision.Hire;
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
import dev.capex.engine.model.SiteState;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * One lever family at a time: what the player sees when the engine refuses (a reason a player
 * understands) and what the lever does when it is applied. Games use the baseline with seed 11; a
 * twin plays the same world without the decision.
 */
class LeversTest {
    static final long SEED = 11;

    static Game game() {
        return Game.baseline(SEED);
    }

    static DebtInstrument debt(Game g, String id) {
        return g.state.debts().stream().filter(d -> d.id().equals(id)).findFirst().orElse(null);
    }

    @Nested
    class Borrowing {
        @Test
        void aLenderRefusesALoanOverItsSizeLimit() {
            Game meta = game();
            PrivateCredit tooBig = new PrivateCredit("apollo", 25_000, "corporate", null, 0);
            meta.play(tooBig);
            assertEquals("Apollo lends between $2.0B and $20.0B in one deal; $25.0B is outside that range",
                    meta.refusal(tooBig));
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
            DebtInstrument pc = meta.state.debts().stream().filter(d -> d.lender().equals("Apollo")).findFirst()
                    .orElseThrow();
            assertEquals(3.5, pc.maxNetLeverage());
            assertEquals(3.5, pc.minInterestCover());
        }

        @Test
        void oneDealALenderAQuarter() {
            Game meta = game();
            PrivateCredit first = new PrivateCredit("kkr", 5_000, "corporate", null, 0);
            PrivateCredit second = new PrivateCredit("kkr", 6_000, "corporate", null, 0);
            meta.play(first, second);
            meta.applied(first);
            assertTrue(meta.refusal(second).contains("closes one deal with Meta a quarter"), meta.refusal(second));
        }

        @Test
        void aBondIsPricedNowAndClosesNextQuarter() {
            Game meta = game();
            long debtBefore = meta.state.debtM();
            Bond bond = new Bond(10_000, 10);
            meta.play(bond);
            assertTrue(meta.applied(bond).contains("cash arrives when it closes in 2025Q3"), meta.applied(bond));
            assertEquals(0, meta.cash(CashLine.DEBT_RAISED), "no cash in the quarter it is priced");
            assertEquals(debtBefore, meta.state.debtM());
            assertEquals(1, meta.state.pendingBonds().size());

            meta.play();
            assertEquals(1, meta.events(BondClosed.class).size());
            assertEquals(10_000, meta.cash(CashLine.DEBT_RAISED));
            assertEquals(debtBefore + 10_000, meta.state.debtM());
            assertTrue(meta.state.pendingBonds().isEmpty());
        }

        @Test
        void theBondMarketTakesOnlySoMuchInAQuarter() {
            Game meta = game();
            Bond first = new Bond(20_000, 10);
            Bond second = new Bond(15_000, 5);
            meta.play(first, second);
            assertEquals("the market takes at most $30.0B of Meta bonds a quarter ($20.0B launched already)",
                    meta.refusal(second));
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
            Lease lease = meta.state.leases().stream().filter(l -> l.kind().equals("project SPV")).findFirst()
                    .orElseThrow();
            assertEquals(Math.round(29_000 * 0.2), lease.guaranteeM());
            assertEquals("Blue Owl", meta.state.site("hyperion").partner());
            assertEquals("the SPV can fund at most $15.0B at Prometheus, the cost of what is being built there",
                    meta.refusal(tooBig));
        }

        @Test
        void anEquityRaiseIssuesSharesAtADiscountAndCostsFees() {
            Game meta = game();
            Game twin = game();
            EquityRaise raise = new EquityRaise(10_000);
            meta.play(raise);
            twin.play();
            assertTrue(meta.applied(raise).contains("new shares at $553.31"), meta.applied(raise));
            assertEquals(10_000, meta.cash(CashLine.EQUITY_ISSUED));
            assertEquals(-200, meta.cash(CashLine.FINANCING_FEES), "2% fees");
            // $10B at the $576.36 price less the 4% discount
            assertEquals(Math.round(10_000e6 / (576.36 * 0.96)),
                    meta.state.sharesOutstanding() - twin.state.sharesOutstanding());

            EquityRaise huge = new EquityRaise(100_000);
            Game other = game();
            other.play(huge);
            assertTrue(other.refusal(huge).startsWith("the market takes at most $"), other.refusal(huge));
        }

        @Test
        void repayingReducesDebtAndCannotExceedWhatIsOwed() {
            Game meta = game();
            long debtBefore = meta.state.debtM();
            Repay repay = new Repay("NOTES-2027", 1_000);
            Repay tooMuch = new Repay("NOTES-2028", 5_000);
            meta.play(repay, tooMuch);
            meta.applied(repay);
            assertEquals("repay between $1M and $1.5B of NOTES-2028", meta.refusal(tooMuch));
            assertEquals(-1_000, meta.cash(CashLine.DEBT_REPAID));
            assertEquals(debtBefore - 1_000, meta.state.debtM());
            assertEquals(1_750, debt(meta, "NOTES-2027").principalM());
        }
    }

    @Nested
    class AssetSales {
        @Test
        void aSiteWithNothingBuiltCannotBeSold() {
            Game meta = game();
            AssetSale sale = new AssetSale("hyperion", "outright");
            meta.play(sale);
            assertEquals("Hyperion has no capacity Meta owns to sell", meta.refusal(sale));
        }

        @Test
        void aSaleLeasebackKeepsTheCapacityAndAddsRent() {
            // Given Prometheus has come online (1 GW, 2026Q3 unless the grid is late)
            Game meta = game();
            Game twin = game();
            meta.playUntil(r -> !Game.events(r, ConstructionCompleted.class).isEmpty(), 10);
            while (twin.state.turn() < meta.state.turn()) {
                twin.play();
            }
            SiteState before = meta.state.site("prometheus");
            assertEquals(1.0, before.ownedGw(), 1e-9);

            // When Meta sells it and leases it back
            AssetSale slb = new AssetSale("prometheus", "saleLeaseback");
            meta.play(slb);
            twin.play();
            meta.applied(slb);

            // Then the capacity stays (leased now), the cash comes in, and rent is paid from this quarter
            SiteState after = meta.state.site("prometheus");
            assertEquals(0.0, after.ownedGw(), 1e-9);
            assertEquals(before.onlineGw(), after.onlineGw(), 1e-9);
            assertEquals(twin.state.gwOnline(), meta.state.gwOnline(), 1e-9);
            assertEquals(twin.state.ai().gpusOnline(), meta.state.ai().gpusOnline());
            assertTrue(meta.cash(CashLine.ASSET_SALES) > 10_000, "sold for " + meta.cash(CashLine.ASSET_SALES));
            Lease lease = meta.state.leases().stream().filter(l -> l.kind().equals("sale-leaseback")).findFirst()
                    .orElseThrow();
            assertTrue(lease.rentPerQuarterM() > 0);
            assertEquals(twin.line(Account.LEASE_RENT) + lease.rentPerQuarterM(), meta.line(Account.LEASE_RENT));
        }

        @Test
        void theLandParcelGoesIntoACoDevelopmentJvAtBookValue() {
            Game meta = game();
            AssetSale jv = new AssetSale("land-2025", "coDevelopment");
            meta.play(jv);
            meta.applied(jv);
            assertEquals(2_040 + 204, meta.cash(CashLine.ASSET_SALES));
            assertEquals(0, meta.state.ledger().natural(Account.HELD_FOR_SALE));
            assertEquals("co-development partner", meta.state.site("elpaso").partner());
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
            assertEquals("Meta already holds 49% of Scale AI", meta.refusal(more));
        }

        @Test
        void aStakeNeedsTheCash() {
            Game meta = game();
            Stake ssi = new Stake("ssi", 1.0);
            Stake scale = new Stake("scale", 1.0);
            meta.play(ssi, scale);
            meta.applied(ssi);
            String reason = meta.refusal(scale);
            assertTrue(reason.startsWith("not enough cash: the stake needs $37.7B and Meta has $30.2B"), reason);
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
            assertEquals(twin.state.stars() + 10, meta.state.stars());
            // 10 stars x $150M x 40% in year one / 4 quarters = $150M this quarter
            assertEquals(twin.line(Account.TALENT_COMPENSATION) + 150, meta.line(Account.TALENT_COMPENSATION));
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
        void aRestructuringCutsOperatingCostsFromThisQuarterOn() {
            Game meta = game();
            Game twin = game();
            Restructure cut = new Restructure(10);
            meta.play(cut);
            twin.play();
            assertTrue(meta.applied(cut).startsWith("saves $"), meta.applied(cut));
            long saving = twin.line(Account.CORE_OPEX) - meta.line(Account.CORE_OPEX);
            assertTrue(saving > 700 && saving < 1_000, "10% of the fixed core costs (about $850M): " + saving);
            assertTrue(meta.line(Account.RESTRUCTURING) > saving, "severance is paid now");
            meta.play();
            twin.play();
            assertTrue(twin.line(Account.CORE_OPEX) - meta.line(Account.CORE_OPEX) > 700, "and next quarter too");
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
            assertEquals("Nvidia Vera Rubin is not available before 2026Q4", meta.refusal(early));
        }

        @Test
        void aGpuOrderPaysItsDepositNow() {
            Game meta = game();
            OrderGpus order = new OrderGpus("B200", 100_000);
            meta.play(order);
            meta.applied(order);
            long deposit = meta.state.ledger().natural(Account.GPU_DEPOSITS);
            assertTrue(deposit > 1_200 && deposit < 1_800, "30% of about $4.6B: " + deposit);
            assertEquals(100_000, meta.state.gpusOnOrder());
        }

        @Test
        void noPoweredCapacityLeftAtASite() {
            Game meta = game();
            Build build = new Build("campuses", 0.5);
            meta.play(build);
            // The refusal says how much is left, so the player can build that much instead.
            assertEquals("only 0.20 GW of powered capacity is left at Existing campuses (its grid connection allows "
                    + "1.20 GW and 1.00 GW is built or underway): build at most 0.20 GW there", meta.refusal(build));
            Build fits = new Build("campuses", 0.2);
            Game twin = game();
            twin.play(fits);
            twin.applied(fits);
            Game full = game();
            full.play(fits);
            Build more = new Build("campuses", 0.1);
            full.play(more);
            assertTrue(full.refusal(more).startsWith("no powered capacity left at Existing campuses"), full.refusal(more));
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
            assertEquals(twin.cash(CashLine.CAPEX_CONSTRUCTION) - 15_000 / 8, meta.cash(CashLine.CAPEX_CONSTRUCTION));
        }

        @Test
        void rentedCloudAddsComputeWithoutPowerFromTheNextQuarter() {
            Game meta = game();
            Game twin = game();
            RentCloud rent = new RentCloud("nebius", 100_000, 4);
            meta.play(rent);
            twin.play();
            meta.applied(rent);
            assertEquals(twin.state.ai().h100eOnline(), meta.state.ai().h100eOnline(), 1e-6, "not yet");
            meta.play();
            twin.play();
            assertEquals(twin.state.ai().h100eOnline() + 100_000, meta.state.ai().h100eOnline(), 1e-6);
            assertEquals(twin.state.ai().gpusOnline(), meta.state.ai().gpusOnline(), "no power needed");
            assertEquals(460, meta.line(Account.CLOUD_RENT));
        }

        @Test
        void aCloudOffersOnlySoMuchCapacity() {
            Game meta = game();
            RentCloud rent = new RentCloud("nebius", 150_000, 4);
            meta.play(rent);
            assertEquals("Nebius can offer at most 100,000 H100 equivalents (0 already rented)", meta.refusal(rent));
        }

        @Test
        void theTrainingShareHasLimits() {
            Game meta = game();
            TrainingShare most = new TrainingShare(0.95);
            TrainingShare more = new TrainingShare(0.8);
            meta.play(most, more);
            assertEquals("the training share must be between 10% and 80%", meta.refusal(most));
            meta.applied(more);
            assertEquals(meta.state.ai().h100eOnline() * 0.8, meta.state.ai().trainingH100e(), 1e-6);
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
            assertEquals("the resale share must be between 0% and 50%", meta.refusal(half));
            meta.applied(some);
            assertTrue(meta.line(Account.COMPUTE_RESALE_REVENUE) > 0);
        }

        @Test
        void theRealityLabsBudgetIsSpentEachQuarter() {
            Game meta = game();
            RealityLabs lean = new RealityLabs(2_000);
            RealityLabs lavish = new RealityLabs(20_000);
            meta.play(lean, lavish);
            assertEquals("the Reality Labs budget must be between $0 and $13.8B", meta.refusal(lavish));
            assertEquals(2_000, meta.line(Account.REALITY_LABS_COSTS));
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
            long shares = meta.state.sharesOutstanding();
            meta.play();
            assertEquals(-Math.round(shares * 1.0 / 1e6), meta.cash(CashLine.DIVIDENDS));
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
            assertEquals(-9_000, twin.cash(CashLine.BUYBACKS), "the twin keeps Meta's $9B a quarter");
            assertTrue(meta.state.sharesOutstanding() < twin.state.sharesOutstanding());

            Buyback none = new Buyback(0);
            meta.play(none);
            assertEquals(0, meta.cash(CashLine.BUYBACKS));

            Buyback tooMuch = new Buyback(60_000);
            meta.play(tooMuch);
            assertEquals("buybacks must be between $0 and $50.0B a quarter", meta.refusal(tooMuch));
        }
    }

    @Test
    void everyLeverFamilyIsCoveredHere() {
        // A reminder that grows with the game: a new kind of decision needs a test in this class.
        assertEquals(16, dev.capex.engine.levers.LeverRules.TYPES.size(), "a new lever: add its refusal and its effect to LeversTest");
    }
}
