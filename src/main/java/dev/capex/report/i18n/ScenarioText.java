package dev.capex.report.i18n;

import dev.capex.engine.model.Scenario;
import dev.capex.engine.model.Scenario.Competitor;
import dev.capex.engine.model.Scenario.DebtSpec;
import dev.capex.engine.model.Scenario.EventCard;
import dev.capex.engine.model.Scenario.Headline;
import dev.capex.engine.model.Scenario.ParcelSpec;
import dev.capex.engine.model.Scenario.Reaction;
import dev.capex.engine.model.Scenario.SiteSpec;
import dev.capex.engine.model.Scenario.StakeTarget;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A scenario's own texts (its welcome paragraph, cards, rivals' news, sites, targets...) in the player's
 * language: the German a scenario writes beside its English ({@code "de"} fields, docs/scenario-format.md),
 * else the English. The engine copies some of these texts into its events (a card's title, a rival's
 * headline, a site's name in a refusal): {@link #of} finds their German by the English text, among the
 * texts of every scenario the shell has shown ({@link #learn}; a scenario learns itself when one of its
 * texts is asked for here, and the game, replay, report and workshop learn theirs when they start).
 */
public final class ScenarioText {
    private ScenarioText() {
    }

    /** English text → German, for every scenario learned (a text two scenarios translate differently: the last). */
    private static final Map<String, String> GERMAN = new ConcurrentHashMap<>();
    private static volatile Scenario lastLearned;

    /** Makes the German of a scenario's texts known to {@link #of}. */
    public static void learn(Scenario sc) {
        if (sc == null || sc == lastLearned) {
            return;
        }
        put(sc.name(), sc.de() == null ? null : sc.de().name());
        put(sc.description(), sc.de() == null ? null : sc.de().description());
        put(sc.lesson(), sc.de() == null ? null : sc.de().lesson());
        for (EventCard c : sc.events()) {
            put(c.title(), c.de() == null ? null : c.de().title());
            put(c.description(), c.de() == null ? null : c.de().description());
        }
        for (Competitor c : sc.competitors()) {
            for (Headline h : c.headlines()) {
                put(h.text(), h.de() == null ? null : h.de().text());
            }
            for (Reaction r : c.reactions()) {
                put(r.text(), r.de() == null ? null : r.de().text());
            }
        }
        for (SiteSpec s : sc.sites()) {
            put(s.name(), s.de() == null ? null : s.de().name());
            put(s.location(), s.de() == null ? null : s.de().location());
        }
        for (StakeTarget t : sc.targets()) {
            put(t.name(), t.de() == null ? null : t.de().name());
            put(t.kind(), t.de() == null ? null : t.de().kind());
        }
        for (ParcelSpec p : sc.assetsForSale()) {
            put(p.name(), p.de() == null ? null : p.de().name());
        }
        for (DebtSpec d : sc.existingDebt()) {
            put(d.name(), d.de() == null ? null : d.de().name());
        }
        lastLearned = sc;
    }

    private static void put(String english, String german) {
        if (english != null && german != null && !german.isBlank()) {
            GERMAN.put(english, german);
        }
    }

    /** A scenario text the engine copied (a card's title, a headline, a site's name) in the player's language. */
    public static String of(String english) {
        if (english == null || !Msg.german()) {
            return english;
        }
        return GERMAN.getOrDefault(english, english);
    }

    private static String pick(String english, String german) {
        return Msg.german() && german != null && !german.isBlank() ? german : english;
    }

    public static String name(Scenario sc) {
        learn(sc);
        return pick(sc.name(), sc.de() == null ? null : sc.de().name());
    }

    /** The scenario's welcome paragraph. */
    public static String description(Scenario sc) {
        learn(sc);
        return pick(sc.description(), sc.de() == null ? null : sc.de().description());
    }

    public static String lesson(Scenario sc) {
        learn(sc);
        return pick(sc.lesson(), sc.de() == null ? null : sc.de().lesson());
    }

    public static String title(EventCard c) {
        return pick(c.title(), c.de() == null ? null : c.de().title());
    }

    public static String description(EventCard c) {
        return pick(c.description(), c.de() == null ? null : c.de().description());
    }

    public static String name(SiteSpec s) {
        return pick(s.name(), s.de() == null ? null : s.de().name());
    }

    public static String location(SiteSpec s) {
        return pick(s.location(), s.de() == null ? null : s.de().location());
    }

    public static String name(StakeTarget t) {
        return pick(t.name(), t.de() == null ? null : t.de().name());
    }

    public static String kind(StakeTarget t) {
        return pick(t.kind(), t.de() == null ? null : t.de().kind());
    }

    public static String name(ParcelSpec p) {
        return pick(p.name(), p.de() == null ? null : p.de().name());
    }

    public static String name(DebtSpec d) {
        return pick(d.name(), d.de() == null ? null : d.de().name());
    }
}
