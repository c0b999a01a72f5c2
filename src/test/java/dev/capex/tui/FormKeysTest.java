package dev.capex.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.input.KeyType;
import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.report.levers.Field;
import dev.capex.report.levers.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import dev.capex.report.EngineText;
import dev.capex.report.Msg;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every field of every form changed through real key presses on a virtual terminal (lists opened with
 * Enter and chosen with ↓ Enter, numbers typed), and after each change the preview on screen is the
 * engine's verdict for what the fields now hold. Lanterna runs a list's listeners later, on "the GUI
 * thread": calling form.set() would hide a preview that never refreshes. In English and in German: the
 * verdict drawn is the engine's, in the player's language (a German refusal reason, never the English).
 */
class FormKeysTest {
    /** Different, readable values to type into each kind of number box. */
    private static final Map<String, List<String>> TYPED = Map.ofEntries(
            Map.entry("amount", List.of("3B", "4B")), Map.entry("equity", List.of("10%", "5%")),
            Map.entry("share", List.of("20%", "30%")), Map.entry("stars", List.of("3", "1")),
            Map.entry("package", List.of("150", "200")), Map.entry("percent", List.of("3%", "4%")),
            Map.entry("units", List.of("50k", "60k")), Map.entry("gw", List.of("0.25", "0.3")),
            Map.entry("h100e", List.of("50000", "60000")), Map.entry("quarters", List.of("4", "5")),
            Map.entry("budget", List.of("3B", "4B")), Map.entry("perShare", List.of("0.6", "0.7")),
            Map.entry("partnerShare", List.of("80%", "70%")), Map.entry("distribution", List.of("1B", "2B")),
            Map.entry("leaseYears", List.of("4", "5")), Map.entry("extensionYears", List.of("16", "12")),
            Map.entry("guarantee", List.of("50%", "40%")),
            // the bond deal's tranches, one amount per tenor
            Map.entry("y3", List.of("2B", "3B")), Map.entry("y5", List.of("2B", "3B")),
            Map.entry("y7", List.of("2B", "3B")), Map.entry("y10", List.of("2B", "3B")),
            Map.entry("y20", List.of("2B", "3B")), Map.entry("y30", List.of("2B", "3B")),
            Map.entry("y40", List.of("2B", "3B")));

    @AfterEach
    void english() {
        Msg.use("en");
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void everyFieldOfEveryFormRefreshesThePreviewWhenChangedByKeys(String lang) {
        Msg.use(lang);
        Harness first = new Harness(100, 30);
        for (Levers.Lever lever : Levers.all(first.session.scenario(), first.session.state())) {
            String type = lever.type();
            for (int cols : new int[] {100, 80}) {
                Harness h = new Harness(cols, cols == 80 ? 24 : 30);
                h.type("n").type(String.valueOf(lever.key()));
                DecisionForm f = assertInstanceOf(DecisionForm.class, h.tui.activeWindow(), type);
                assertShowsItsOwnPreview(h, f, type + " as opened");
                List<Field> fields = f.lever().fields();
                for (int i = 0; i < fields.size(); i++) {
                    Field field = fields.get(i);
                    String where = type + "." + field.key() + " at " + cols + " columns";
                    Decision before = f.decision();
                    String verdictBefore = f.verdictText();
                    if (field.isChoice()) {
                        ComboBox<Option> cb = f.combo(field.key());
                        if (cb.getItemCount() < 2) {
                            continue;
                        }
                        int was = cb.getSelectedIndex();
                        focus(h, f, i);
                        // Enter opens the list; ↓ or ↑ moves; Enter chooses.
                        h.key(KeyType.Enter).key(was + 1 < cb.getItemCount() ? KeyType.ArrowDown : KeyType.ArrowUp)
                                .key(KeyType.Enter);
                        assertNotEquals(was, cb.getSelectedIndex(), where + ": the keys changed the choice");
                    } else {
                        focus(h, f, i);
                        String now = f.box(field.key()).getText();
                        List<String> choices = TYPED.get(field.key());
                        String typed = choices.get(0).equals(now) ? choices.get(1) : choices.get(0);
                        h.clearField().type(typed);
                        assertEquals(typed, f.box(field.key()).getText(), where);
                    }
                    assertShowsItsOwnPreview(h, f, where);
                    boolean inert = "site".equals(field.key()) && "privateCredit".equals(type)
                            && !"project".equals(f.values().get("structure"));
                    if (!inert) {
                        assertTrue(!java.util.Objects.equals(before, f.decision())
                                || !verdictBefore.equals(f.verdictText()), where + ": the decision follows the field");
                    }
                }
                h.key(KeyType.Escape);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void switchingTheLenderChangesTheTermsAndTheVerdict(String lang) {
        Msg.use(lang);
        String base = "de".equals(lang) ? ": Basis +" : ": base +";
        Harness h = new Harness(100, 30);
        h.type("n").type("a");
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        ComboBox<Option> lenders = f.combo("lender");
        assertTrue(lenders.getItemCount() >= 2, "the scenario has several lenders");
        String first = lenders.getItem(0).label();
        String second = lenders.getItem(1).label();
        assertTrue(h.screen().contains(first + base), h.screen());
        h.key(KeyType.Enter).key(KeyType.ArrowDown).key(KeyType.Enter);
        String s = h.screen();
        assertTrue(s.contains(second + base), "the terms of the lender now chosen:\n" + s);
        assertTrue(!s.contains(first + base), "not the terms of the lender left:\n" + s);
        assertShowsItsOwnPreview(h, f, "after switching lender");
        h.key(KeyType.Enter).key(KeyType.ArrowUp).key(KeyType.Enter);
        assertTrue(h.screen().contains(first + base), h.screen());
        assertShowsItsOwnPreview(h, f, "after switching back");
        // What Queue queues is what the preview showed.
        h.key(KeyType.Tab).key(KeyType.Enter);
        if (!h.session.queued().isEmpty()) {
            assertEquals(lenders.getItem(0).id(), ((Decision.PrivateCredit) h.session.queued().get(0)).lender());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "de"})
    void theAssetSaleFormWithOnlyListsFollowsEveryChoice(String lang) {
        Msg.use(lang);
        Harness h = new Harness(100, 30);
        h.type("n").type("d");
        DecisionForm f = (DecisionForm) h.tui.activeWindow();
        List<String> seen = new ArrayList<>();
        ComboBox<Option> modes = f.combo("mode");
        for (int m = 0; m < modes.getItemCount(); m++) {
            h.key(KeyType.Tab); // to the mode
            if (m > 0) {
                h.key(KeyType.Enter).key(KeyType.ArrowDown).key(KeyType.Enter);
            }
            h.key(KeyType.ReverseTab); // back to the asset
            assertEquals(m, modes.getSelectedIndex());
            assertShowsItsOwnPreview(h, f, "mode " + modes.getSelectedItem().id());
            seen.add(f.verdictText());
        }
        assertTrue(seen.stream().distinct().count() > 1, "each way of selling reads differently: " + seen);
    }

    /** Moves focus to field i from wherever it is, with Tab and Shift-Tab. */
    private static void focus(Harness h, DecisionForm f, int i) {
        Object want = f.lever().fields().get(i).isChoice() ? f.combo(f.lever().fields().get(i).key())
                : f.box(f.lever().fields().get(i).key());
        for (int n = 0; n < 12 && f.getFocusedInteractable() != want; n++) {
            h.key(KeyType.Tab);
        }
        assertEquals(want, f.getFocusedInteractable(), "Tab reaches field " + i);
    }

    /** The form's decision and verdict are those of what its fields hold, and the verdict is on screen. */
    private static void assertShowsItsOwnPreview(Harness h, DecisionForm f, String where) {
        Decision d;
        try {
            d = f.lever().build().apply(f.values());
        } catch (RuntimeException e) {
            d = null;
        }
        assertEquals(d, f.decision(), where + ": the decision is what the fields hold");
        if (d == null) {
            return;
        }
        List<Decision> q = new ArrayList<>(h.session.queued());
        q.add(d);
        Preview p = Engine.preview(h.session.scenario(), h.session.state(), q);
        GameEvent ev = p.last();
        String firstWords = ev instanceof GameEvent.DecisionRefused r ? Msg.t("form.refused", EngineText.reason(r.reason()))
                : "✓ " + (dev.capex.report.EventText.outcome((GameEvent.DecisionApplied) ev).isEmpty()
                ? dev.capex.report.Text.summary(h.session.scenario(), d)
                : dev.capex.report.EventText.outcome((GameEvent.DecisionApplied) ev));
        String shown = f.verdictText().replaceAll("\\s+", " ").replace("…", "");
        String expected = firstWords.replaceAll("\\s+", " ");
        String head = expected.substring(0, Math.min(expected.length(), Math.min(40, shown.length())));
        assertTrue(shown.startsWith(head), where + ": verdict shown '" + shown + "', engine says '" + expected + "'");
        if (Msg.german() && ev instanceof GameEvent.DecisionRefused r) {
            String english = EngineText.english(r.reason()).replaceAll("\\s+", " ");
            assertTrue(!shown.contains(english.substring(0, Math.min(25, english.length()))),
                    where + ": the refusal is shown in German, not as the engine wrote it: " + shown);
        }
        String screen = h.screen().replaceAll("\\s+", " ");
        String firstLine = f.verdictText().split("\n")[0].trim();
        assertTrue(screen.contains(firstLine.substring(0, Math.min(30, firstLine.length()))),
                where + ": verdict drawn:\n" + h.screen());
    }
}
