package dev.capex.strategy;

import dev.capex.engine.decision.Decision;
import dev.capex.engine.decision.Decision.*;
import dev.capex.engine.model.GameState;
import dev.capex.engine.model.Scenario;
import dev.capex.engine.random.RandomStream;

/** Draws one decision of any kind with plausible (not always valid) fields: for the random bot and for tests. */
public final class RandomDecisions {
    private RandomDecisions() {
    }

    private static <T> T pick(java.util.List<T> list, RandomStream r) {
        return list.get(r.nextInt(list.size()));
    }

    public static Decision any(Scenario sc, GameState s, RandomStream r) {
        int k = r.nextInt(16);
        return switch (k) {
            case 0 -> {
                Scenario.Lender l = pick(sc.lenders(), r);
                boolean project = l.structures().contains("project") && r.chance(0.4);
                yield new PrivateCredit(l.id(), l.minM() + (long) (r.nextDouble() * (l.maxM() - l.minM())),
                        project ? "project" : "corporate", project ? pick(sc.sites(), r).id() : null,
                        r.chance(0.3) ? l.maxEquityCoInvestShare() * r.nextDouble() : 0);
            }
            case 1 -> new Bond(1000 + (long) (r.nextDouble() * 20000), pick(sc.finance().bondTenorsYears(), r));
            case 2 -> new EquityRaise(1000 + (long) (r.nextDouble() * 30000));
            case 3 -> {
                String[] modes = {"outright", "saleLeaseback", "coDevelopment"};
                String asset = r.chance(0.3) && !sc.assetsForSale().isEmpty() ? pick(sc.assetsForSale(), r).id()
                        : pick(sc.sites(), r).id();
                yield new AssetSale(asset, modes[r.nextInt(3)]);
            }
            case 4 -> new Stake(pick(sc.targets(), r).id(), 0.1 + 0.9 * r.nextDouble());
            case 5 -> new Hire(1 + r.nextInt(20), 80 + (long) (r.nextDouble() * 200), pick(sc.talent().rivals(), r));
            case 6 -> new Restructure(1 + r.nextInt(15));
            case 7 -> new OrderGpus(pick(sc.gpuGenerations(), r).id(), 10000 + (long) (r.nextDouble() * 300000));
            case 8 -> new Build(pick(sc.sites(), r).id(), 0.25 + r.nextInt(8) * 0.25);
            case 9 -> {
                Scenario.CloudProvider c = pick(sc.cloudProviders(), r);
                yield new RentCloud(c.id(), 10000 + (long) (r.nextDouble() * c.maxH100e()),
                        c.minQuarters() + r.nextInt(Math.max(1, c.maxQuarters() - c.minQuarters() + 1)));
            }
            case 10 -> new TrainingShare(0.1 + 0.7 * r.nextDouble());
            case 11 -> new ComputeResale(0.3 * r.nextDouble());
            case 12 -> new RealityLabs((long) (r.nextDouble() * 8000));
            case 13 -> new Dividend(r.nextDouble());
            case 14 -> new Buyback((long) (r.nextDouble() * 15000));
            default -> {
                if (s.debts().isEmpty()) {
                    yield new Buyback(0);
                }
                var d = pick(s.debts(), r);
                yield new Repay(d.id(), 1 + (long) (r.nextDouble() * d.principalM()));
            }
        };
    }
}
