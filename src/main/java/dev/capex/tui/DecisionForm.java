package dev.capex.tui;

import dev.capex.report.EventText;
import dev.capex.report.Msg;
import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.Button;
import com.googlecode.lanterna.gui2.ComboBox;
import com.googlecode.lanterna.gui2.Direction;
import com.googlecode.lanterna.gui2.EmptySpace;
import com.googlecode.lanterna.gui2.GridLayout;
import com.googlecode.lanterna.gui2.Interactable;
import com.googlecode.lanterna.gui2.Label;
import com.googlecode.lanterna.gui2.LinearLayout;
import com.googlecode.lanterna.gui2.Panel;
import com.googlecode.lanterna.gui2.TextBox;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import dev.capex.engine.Engine;
import dev.capex.engine.Preview;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.model.Scenario;
import dev.capex.play.GameSession;
import dev.capex.report.levers.BadValue;
import dev.capex.report.levers.Field;
import dev.capex.tui.Levers.Lever;
import dev.capex.report.levers.Option;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The form of one lever: lists and validated number boxes, what the chosen lender/site/target offers,
 * and a live preview of the quarter with this decision (cash after, interest a year, covenant headroom,
 * rating outlook, and the engine's own words on when it arrives or pays off — or why it refuses).
 * Enter on "Queue" queues it (or updates the queued one being edited); Escape closes; F1 explains terms.
 */
public final class DecisionForm extends BasicWindow {
    /** What the typed characters of a number may be; the value itself is checked when it is read. */
    static final Pattern NUMBER_CHARS = Pattern.compile("[-0-9.,%$kKmMbBtT]{0,14}");

    private final GameSession session;
    private final Lever lever;
    private final int editIndex;
    private final Palette palette;
    private final int width;
    private final Map<String, ComboBox<Option>> combos = new LinkedHashMap<>();
    private final Map<String, TextBox> boxes = new LinkedHashMap<>();
    private final Label details = new Label("");
    private final Label figures = new Label("");
    private final Label verdict = new Label("");
    private final Consumer<String> onDone;
    private final Consumer<String> onGlossary;
    private final int detailRows;
    private final int verdictRows;
    private final int figureRows;
    private Decision current;
    private Preview preview;
    private String problem;

    /**
     * @param editIndex the queued decision this form edits, or -1 for a new one
     * @param onDone called with a status line after the decision is queued or updated
     * @param onGlossary called with a term when the player asks what a word means
     */
    public DecisionForm(GameSession session, Lever lever, int editIndex, Palette palette, TerminalSize screen,
            Consumer<String> onDone, Consumer<String> onGlossary) {
        super(editIndex < 0 ? " " + lever.title() + " " : " Edit #" + (editIndex + 1) + ": " + lever.title() + " ");
        this.session = session;
        this.lever = lever;
        this.editIndex = editIndex;
        this.palette = palette;
        this.onDone = onDone;
        this.onGlossary = onGlossary;
        this.width = Math.max(40, Math.min(96, screen.getColumns() - 6));
        boolean roomy = screen.getRows() >= 30;
        this.detailRows = roomy ? 3 : 2;
        this.verdictRows = roomy ? 4 : 3;
        this.figureRows = lever.type().equals("orderGpus") || lever.type().equals("stake") ? 6 : 5;
        setHints(List.of(Window.Hint.MODAL, Window.Hint.CENTERED));

        Map<String, String> initial = new LinkedHashMap<>();
        for (Field f : lever.fields()) {
            if (f.initial() != null) {
                initial.put(f.key(), f.initial());
            }
        }
        if (editIndex >= 0) {
            initial.putAll(Levers.valuesOf(session.queued().get(editIndex)));
        }

        Panel root = new Panel(new LinearLayout(Direction.VERTICAL));
        root.addComponent(new Label(Fmt.wrap(lever.what(), width, "").get(0)));
        Panel grid = new Panel(new GridLayout(3).setHorizontalSpacing(1));
        for (Field f : lever.fields()) {
            grid.addComponent(new Label(f.label()));
            if (f.isChoice()) {
                ComboBox<Option> cb = new ComboBox<>(f.options());
                String want = initial.get(f.key());
                for (int i = 0; want != null && i < f.options().size(); i++) {
                    if (f.options().get(i).id().equalsIgnoreCase(want)) {
                        cb.setSelectedIndex(i);
                    }
                }
                cb.addListener((a, b, byUser) -> update());
                combos.put(f.key(), cb);
                grid.addComponent(cb);
                grid.addComponent(new EmptySpace());
            } else {
                TextBox tb = new TextBox(new TerminalSize(14, 1), initial.getOrDefault(f.key(), ""));
                tb.setValidationPattern(NUMBER_CHARS);
                tb.setTextChangeListener((t, byUser) -> update());
                boxes.put(f.key(), tb);
                grid.addComponent(tb);
                grid.addComponent(new Label(f.hint()));
            }
        }
        root.addComponent(grid);
        details.setPreferredSize(new TerminalSize(width, detailRows));
        root.addComponent(details);
        Label title = new Label(Msg.t("form.previewOf", session.state().quarter()));
        title.addStyle(SGR.BOLD);
        root.addComponent(title);
        figures.setPreferredSize(new TerminalSize(width, figureRows));
        root.addComponent(figures);
        verdict.setPreferredSize(new TerminalSize(width, verdictRows));
        verdict.addStyle(SGR.BOLD);
        root.addComponent(verdict);
        Panel buttons = new Panel(new LinearLayout(Direction.HORIZONTAL));
        buttons.addComponent(new Button(editIndex < 0 ? Msg.t("form.queue") : Msg.t("form.update"), this::commit));
        buttons.addComponent(new Button(Msg.t("form.cancel"), this::close));
        buttons.addComponent(new Button(Msg.t("form.terms"), this::glossary));
        root.addComponent(buttons);
        String terms = Msg.t("form.foot", String.join(", ", lever.terms().stream().map(Glossary::name).toList()));
        Label foot = new Label(Fmt.fit(terms, width));
        root.addComponent(foot);
        setComponent(root);
        update();
    }

    public Lever lever() {
        return lever;
    }

    /** The decision the fields describe now, or null when a number cannot be read. */
    public Decision decision() {
        return current;
    }

    public Preview preview() {
        return preview;
    }

    /** Sets a field as the player would (tests and the e2e script type through the keys instead). */
    public void set(String key, String value) {
        if (boxes.containsKey(key)) {
            boxes.get(key).setText(value);
        } else if (combos.containsKey(key)) {
            ComboBox<Option> cb = combos.get(key);
            for (int i = 0; i < cb.getItemCount(); i++) {
                if (cb.getItem(i).id().equalsIgnoreCase(value)) {
                    cb.setSelectedIndex(i);
                }
            }
        }
        update();
    }

    /** The list of a choice field (tests drive it with keys). */
    ComboBox<Option> combo(String key) {
        return combos.get(key);
    }

    /** The number box of a field (tests drive it with keys). */
    TextBox box(String key) {
        return boxes.get(key);
    }

    /** What the preview's verdict says now, as drawn. */
    String verdictText() {
        return verdict.getText();
    }

    /** What every field holds now, read from the widgets themselves. */
    Map<String, String> values() {
        Map<String, String> v = new LinkedHashMap<>();
        for (Map.Entry<String, ComboBox<Option>> e : combos.entrySet()) {
            Option o = e.getValue().getSelectedItem();
            v.put(e.getKey(), o == null ? null : o.id());
        }
        for (Map.Entry<String, TextBox> e : boxes.entrySet()) {
            v.put(e.getKey(), e.getValue().getText());
        }
        return v;
    }

    private void update() {
        List<String> det = new ArrayList<>();
        Map<String, String> v = values();
        for (Field f : lever.fields()) {
            if (f.isChoice()) {
                Option o = combos.get(f.key()).getSelectedItem();
                if (o != null && !o.detail().isEmpty()
                        && !("site".equals(f.key()) && "privateCredit".equals(lever.type())
                        && !"project".equals(v.get("structure")))) {
                    det.addAll(Fmt.wrap(o.detail(), width, "  "));
                }
            }
        }
        details.setText(String.join("\n", det.subList(0, Math.min(detailRows, det.size()))));
        try {
            current = lever.build().apply(v);
            problem = null;
        } catch (BadValue e) {
            current = null;
            problem = e.getMessage();
        } catch (RuntimeException e) {
            current = null;
            problem = Msg.t("form.fillIn");
        }
        if (current == null) {
            preview = null;
            figures.setText("");
            setVerdict(Msg.t("form.cannotRead", problem), true);
            return;
        }
        preview = trial(current);
        Scenario sc = session.scenario();
        GameEvent ev = editIndex >= 0 ? preview.decisionEvents().get(editIndex) : preview.last();
        List<String> f = new ArrayList<>();
        f.add(Msg.t("form.cash", Fmt.money(preview.cashAfterM()),
                Fmt.money(preview.cashBeforeM()), Fmt.moneyChange(preview.cashAfterM() - preview.cashBeforeM())));
        f.add(Msg.t("form.interest", Fmt.money(preview.interestPerYearM()),
                Fmt.money(preview.interestPerYearBeforeM()),
                Fmt.moneyChange(preview.interestPerYearM() - preview.interestPerYearBeforeM())));
        f.add(Msg.t("form.leverage", Fmt.ratio(preview.netLeverage()),
                preview.hasCovenants() ? Msg.t("form.headroom", Fmt.ratio(preview.covenantHeadroom()))
                        + (preview.covenantHeadroom() < 0 ? Msg.t("form.breach") : preview.covenantHeadroom() < 0.5 ? Msg.t("form.tight") : "")
                        : Msg.t("form.noCovenants")));
        int now = index(sc, preview.ratingNow());
        int out = index(sc, preview.ratingOutlook());
        f.add(Msg.t("form.rating", preview.ratingNow(), preview.ratingOutlook(),
                out == now ? Msg.t("form.steady") : out > now ? Msg.t("form.downgradeRisk") : Msg.t("form.upgrade")));
        // What the decision would bring (power, the next release): not for a decision the engine refuses.
        if (!(ev instanceof GameEvent.DecisionRefused)) {
            for (String extra : FormOutlook.of(sc, session.state(), current)) {
                f.addAll(Fmt.wrap("  " + extra, width, "    "));
            }
        }
        figures.setText(String.join("\n", f.subList(0, Math.min(f.size(), figureRows))));
        if (ev instanceof GameEvent.DecisionRefused r) {
            setVerdict(Msg.t("form.refused", dev.capex.report.EngineText.reason(r.reason())), true);
        } else if (ev instanceof GameEvent.DecisionApplied a) {
            String outcome = EventText.outcome(a);
            setVerdict("✓ " + (outcome.isEmpty() ? dev.capex.report.Text.summary(sc, a.decision()) : outcome), false);
        } else {
            setVerdict("", false);
        }
    }

    private static int index(Scenario sc, String rating) {
        for (int i = 0; i < sc.finance().ratings().size(); i++) {
            if (sc.finance().ratings().get(i).name().equals(rating)) {
                return i;
            }
        }
        return 0;
    }

    private void setVerdict(String text, boolean bad) {
        List<String> lines = Fmt.wrap(text, width, "  ");
        if (lines.size() > verdictRows) {
            lines = new ArrayList<>(lines.subList(0, verdictRows));
            lines.set(verdictRows - 1, Fmt.fit(lines.get(verdictRows - 1) + "…", width));
        }
        verdict.setText(String.join("\n", lines));
        if (palette.color()) {
            verdict.setForegroundColor(bad ? Palette.VERDICT_REFUSED.fg() : Palette.VERDICT_OK.fg());
        }
    }

    /** The pro forma of the queue with this decision added, or in place of the one being edited. */
    private Preview trial(Decision d) {
        if (editIndex < 0) {
            return session.previewWith(d);
        }
        List<Decision> q = new ArrayList<>(session.queued());
        q.set(editIndex, d);
        return Engine.preview(session.scenario(), session.state(), q);
    }

    private void commit() {
        update();
        if (current == null) {
            return;
        }
        if (editIndex < 0) {
            if (session.queueFull()) {
                verdict.setText(GameSession.queueFullText());
                return;
            }
            Preview p = session.queue(current);
            if (p.lastRefused()) {
                return; // the verdict already shows the engine's reason
            }
            close();
            onDone.accept(Msg.t("form.queued", dev.capex.report.Text.summary(session.scenario(), current)));
        } else {
            if (preview.decisionEvents().get(editIndex) instanceof GameEvent.DecisionRefused) {
                return;
            }
            session.replaceQueued(editIndex, current);
            close();
            onDone.accept(Msg.t("form.updated", editIndex + 1, dev.capex.report.Text.summary(session.scenario(), current)));
        }
    }

    private void glossary() {
        onGlossary.accept(lever.terms().isEmpty() ? "" : lever.terms().get(0));
    }

    @Override
    public boolean handleInput(KeyStroke key) {
        if (key.getKeyType() == KeyType.Escape) {
            close();
            return true;
        }
        if (key.getKeyType() == KeyType.F1) {
            glossary();
            return true;
        }
        Interactable focused = getFocusedInteractable();
        if (key.getKeyType() == KeyType.Enter && focused instanceof TextBox) {
            // Enter in a number box queues at once when the form is complete, as a player expects.
            commit();
            return true;
        }
        return super.handleInput(key);
    }
}
