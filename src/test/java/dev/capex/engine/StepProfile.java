package dev.capex.engine;

import dev.capex.engine.model.Scenario;
import dev.capex.engine.rules.*;
import dev.capex.engine.turn.Compute;
import dev.capex.engine.turn.Turn;
import dev.capex.scenario.ScenarioLoader;
import java.util.List;

/**
 * Not a test: where an engine-alone game's time goes, step by step (System.nanoTime around each step of
 * {@link Engine#play}'s quarter, the same calls in the same order). Run with the test classpath:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) dev.capex.engine.StepProfile [games] [plain|alloc] [news]}:
 * played as a batch run plays (no rival news) unless {@code news}.
 */
public final class StepProfile {
    static final String[] NAMES = {"macro", "cards", "rivals", "deliver", "retain", "recover", "stakes", "compute",
            "ai", "revenue", "opcost", "deprec", "interest", "fee", "tax", "maintcapex", "repay", "sharehold",
            "covenants", "rating", "liquidity", "close", "next"};
    static final long[] T = new long[NAMES.length];

    public static void main(String[] args) throws Exception {
        int games = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        Scenario sc = ScenarioLoader.resolve("meta-2025");
        boolean news = java.util.Arrays.asList(args).contains("news"); // the rivals' news told (as a player's game; a batch run's is not)
        if (args.length > 1 && args[1].equals("alloc")) { // bytes allocated a game by this thread (after warm-up)
            com.sun.management.ThreadMXBean mx = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory
                    .getThreadMXBean();
            for (int round = 0; round < 2; round++) {
                long b0 = mx.getCurrentThreadAllocatedBytes();
                long c0 = mx.getCurrentThreadCpuTime();
                for (int g = 0; g < games; g++) {
                    LiveGame live = news ? LiveGame.start(sc, g + 1) : LiveGame.start(sc, g + 1).withoutRivalNews();
                    while (!live.isOver()) {
                        live.play(List.of());
                    }
                }
                System.out.printf("%.0f B/game, %.1f us/game (thread cpu)%n",
                        (mx.getCurrentThreadAllocatedBytes() - b0) / (double) games,
                        (mx.getCurrentThreadCpuTime() - c0) / 1e3 / games);
            }
            return;
        }
        if (args.length > 1 && args[1].equals("plain")) { // no timers: for perf record
            for (int round = 0; round < 2; round++) {
                long t0 = System.nanoTime();
                for (int g = 0; g < games; g++) {
                    LiveGame live = news ? LiveGame.start(sc, g + 1) : LiveGame.start(sc, g + 1).withoutRivalNews();
                    while (!live.isOver()) {
                        live.play(List.of());
                    }
                }
                System.out.printf("%.1f us/game (plain)%n", (System.nanoTime() - t0) / 1e3 / games);
            }
            return;
        }
        for (int round = 0; round < 2; round++) {
            java.util.Arrays.fill(T, 0);
            long t0 = System.nanoTime();
            for (int g = 0; g < games; g++) {
                Turn w = new Turn(sc, Engine.start(sc, g + 1));
                w.rivalNews = news;
                while (w.status == dev.capex.engine.model.GameStatus.PLAYING) {
                    quarter(w);
                }
            }
            long total = System.nanoTime() - t0;
            if (round == 1) {
                long sum = 0;
                for (long x : T) {
                    sum += x;
                }
                System.out.printf("%.1f us/game (timed), steps sum %.1f us/game%n", total / 1e3 / games, sum / 1e3 / games);
                for (int i = 0; i < NAMES.length; i++) {
                    System.out.printf("%-11s %6.2f us %5.1f%%%n", NAMES[i], T[i] / 1e3 / games, 100.0 * T[i] / sum);
                }
            }
        }
    }

    static void quarter(Turn w) {
        long a = System.nanoTime();
        long b;
        WorldRules.moveMacro(w.sc, w.world.macro, WorldRules.macroStream(w));
        b = System.nanoTime(); T[0] += b - a; a = b;
        WorldRules.drawCards(w);
        b = System.nanoTime(); T[1] += b - a; a = b;
        CompetitorRules.move(w);
        b = System.nanoTime(); T[2] += b - a; a = b;
        DeliveryRules.deliver(w);
        b = System.nanoTime(); T[3] += b - a; a = b;
        TalentRules.retain(w);
        b = System.nanoTime(); T[4] += b - a; a = b;
        WorkforceRules.recover(w);
        b = System.nanoTime(); T[5] += b - a; a = b;
        StakeRules.update(w);
        b = System.nanoTime(); T[6] += b - a; a = b;
        Compute compute = ComputeRules.allocate(w);
        b = System.nanoTime(); T[7] += b - a; a = b;
        ArenaRules.progress(w);
        b = System.nanoTime(); T[8] += b - a; a = b;
        RevenueRules.book(w, compute);
        b = System.nanoTime(); T[9] += b - a; a = b;
        CostRules.operating(w, compute);
        b = System.nanoTime(); T[10] += b - a; a = b;
        CostRules.depreciation(w.fleet, w.books);
        b = System.nanoTime(); T[11] += b - a; a = b;
        CostRules.interest(w);
        b = System.nanoTime(); T[12] += b - a; a = b;
        LiquidityRules.commitmentFee(w);
        b = System.nanoTime(); T[13] += b - a; a = b;
        CostRules.tax(w);
        b = System.nanoTime(); T[14] += b - a; a = b;
        FinanceRules.maintenanceCapex(w);
        b = System.nanoTime(); T[15] += b - a; a = b;
        FinanceRules.scheduledRepayments(w);
        b = System.nanoTime(); T[16] += b - a; a = b;
        FinanceRules.shareholders(w);
        b = System.nanoTime(); T[17] += b - a; a = b;
        FinanceRules.covenants(w);
        b = System.nanoTime(); T[18] += b - a; a = b;
        FinanceRules.rating(w);
        b = System.nanoTime(); T[19] += b - a; a = b;
        FinanceRules.liquidity(w);
        b = System.nanoTime(); T[20] += b - a; a = b;
        Engine.close(w, compute);
        b = System.nanoTime(); T[21] += b - a; a = b;
        w.nextQuarter();
        b = System.nanoTime(); T[22] += b - a;
    }

    private StepProfile() {
    }

    static List<String> names() {
        return List.of(NAMES);
    }
}
