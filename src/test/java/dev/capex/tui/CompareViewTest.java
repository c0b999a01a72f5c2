package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import dev.capex.analysis.Comparison;
import dev.capex.analysis.Replay;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.save.SaveFile;
import dev.capex.save.TestGames;
import dev.capex.strategy.Bots;
import dev.capex.strategy.Strategy;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A facilitator browses the teams' saves side by side in the terminal. */
class CompareViewTest {
    private static Comparison three;

    static SaveFile bot(String name, long seed, String team) {
        Scenario sc = TestGames.scenario();
        Strategy st = Bots.named(name);
        GameSession s = new GameSession(sc, seed, team);
        while (!s.state().isOver()) {
            s.play(st.decide(sc, s.state()));
        }
        return TestGames.save(s);
    }

    static Comparison compare(SaveFile... saves) throws Exception {
        List<String> files = new ArrayList<>();
        List<Replay.Result> replays = new ArrayList<>();
        for (SaveFile s : saves) {
            files.add(s.team() + ".json");
            replays.add(Replay.run(s));
        }
        return Comparison.of(files, replays);
    }

    @BeforeAll
    static void threeTeams() throws Exception {
        three = compare(bot("leverage", 7, "Leverage"), bot("conservative", 7, "Conservative"),
                bot("asset-light", 11, "Light"));
    }

    private static Screens<CompareView> open(Comparison c, int columns, int rows) {
        return new Screens<>(columns, rows, s -> new CompareView(c, s, true));
    }

    @Test
    void dump() {
        Screens<CompareView> v = open(three, 80, 24);
        System.out.println(v.screen());
        v.key(KeyType.Tab);
        System.out.println(v.screen());
        v.key(KeyType.Tab).key(KeyType.Tab);
        System.out.println(v.screen());
        v = open(three, 120, 40);
        System.out.println(v.screen());
        v.type("d");
        System.out.println(v.screen());
    }
}
