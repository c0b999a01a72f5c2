package dev.capex.scenario;

import dev.capex.engine.model.CardEffect;
import dev.capex.engine.model.CardKind;
import dev.capex.engine.model.Quarter;
import dev.capex.engine.model.ReactionTrigger;
import dev.capex.engine.model.Scenario.*;
import dev.capex.engine.model.Scenario;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The checks on a well-formed scenario that the JSON shape cannot express: ranges, quarters, the
 * vocabularies, unique ids, references between sections, and the consistency the engine relies on.
 * Every problem is kept (path, message); nothing stops at the first.
 */
final class Semantics {
    record Issue(String path, String message) {
    }

    private final List<Issue> issues = new ArrayList<>();
    private final Scenario sc;
    private Quarter start;
    private Quarter end;

    private Semantics(Scenario sc) {
        this.sc = sc;
    }

    static List<Issue> check(Scenario sc) {
        Semantics s = new Semantics(sc);
        s.fields(sc, Scenario.class, "");
        s.game();
        s.history();
        s.revenue();
        s.realityLabsSeasonality();
        s.finance();
        s.calibrationLimits();
        s.lenders();
        s.ids();
        s.references();
        s.talent();
        s.targets();
        s.fleetAndSites();
        s.cloud();
        s.ai();
        s.competitors();
        s.events();
        s.valuation();
        s.scorecard();
        s.economics();
        return s.issues;
    }

    /** Only the ranges of every number and the length of the game: what keeps a game's figures in bounds. */
    static List<Issue> bounds(Scenario sc) {
        Semantics s = new Semantics(sc);
        s.fields(sc, Scenario.class, "");
        s.game();
        return s.issues;
    }

    private void add(String path, String message) {
        issues.add(new Issue(path, message));
    }

    // ---- generic: every field against FieldRules ----

    private void fields(Object value, Class<?> record, String path) {
        for (RecordComponent c : record.getRecordComponents()) {
            Object v;
            try {
                v = c.getAccessor().invoke(value);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
            String key = record.getSimpleName() + "." + c.getName();
            String p = Structure.join(path, c.getName());
            Class<?> type = c.getType();
            if (type == List.class) {
                Type element = ((ParameterizedType) c.getGenericType()).getActualTypeArguments()[0];
                List<?> list = (List<?>) v;
                for (int i = 0; i < list.size(); i++) {
                    leaf(list.get(i), Structure.raw(element), key + "[]", record.getSimpleName(), c.getName(), p + "[" + i + "]");
                }
            } else {
                leaf(v, type, key, record.getSimpleName(), c.getName(), p);
            }
        }
    }

    private void leaf(Object v, Class<?> type, String key, String record, String component, String path) {
        if (v == null) {
            return; // an optional German text left out (nothing else may be missing)
        }
        if (type.isRecord()) {
            fields(v, type, path);
        } else if (v instanceof Number n) {
            FieldRules.Bound b = FieldRules.BOUNDS.get(key);
            // A field added to the records without a declared range is only checked to be finite (the
            // structural pass did that); ScenarioSchemaTest fails until it gets its range.
            if (b != null && !b.contains(n.doubleValue())) {
                add(path, "must be " + b.describe() + ", got " + FieldRules.Bound.num(n.doubleValue()));
            }
        } else if (v instanceof String s) {
            if (s.isBlank() && FieldRules.mustNotBeBlank(record, component)) {
                add(path, "must not be empty");
                return;
            }
            if (FieldRules.QUARTERS.contains(key)) {
                quarter(path, s);
            }
            List<String> vocabulary = FieldRules.ENUMS.get(key);
            if (vocabulary != null && !vocabulary.contains(s)) {
                add(path, "'" + s + "' is not one of: " + String.join(", ", vocabulary));
            }
        }
    }

    /** Parses a quarter, reporting a problem (and returning null) when it is not one. */
    private Quarter quarter(String path, String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            add(path, "'" + text + "' is not a quarter: write it like 2025Q2");
            return null;
        }
    }

    private static Quarter q(String text) {
        try {
            return Quarter.parse(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private String window() {
        return start + " to " + end;
    }

    private boolean inGame(Quarter q) {
        return start != null && end != null && q != null && !q.isBefore(start) && !q.isAfter(end);
    }

    // ---- specific checks ----

    private void game() {
        start = q(sc.startQuarter());
        end = q(sc.endQuarter());
        if (start != null && end != null && !end.isAfter(start)) {
            add("endQuarter", "must be after startQuarter (" + start + "), got " + end);
            end = null;
        } else if (start != null && end != null && start.plus(Limits.TURNS - 1).isBefore(end)) {
            add("endQuarter", "a game may last at most " + Limits.TURNS + " quarters (docs/limits.md): the last "
                    + "quarter from " + start + " is " + start.plus(Limits.TURNS - 1) + ", got " + end);
            end = null;
        }
    }

    private void history() {
        List<HistoryQuarter> h = sc.history();
        if (h.size() < 6) {
            add("history", "needs at least 6 quarters before the start (trailing twelve months and growth), got "
                    + h.size());
        }
        Quarter prev = null;
        for (int i = 0; i < h.size(); i++) {
            Quarter q = q(h.get(i).quarter());
            if (q != null && prev != null && !q.equals(prev.plus(1))) {
                add("history[" + i + "].quarter", "history quarters must follow each other: expected " + prev.plus(1)
                        + ", got " + q);
            }
            prev = q;
        }
        if (h.size() >= 4) {
            long ttmEbitda = 0;
            for (int i = h.size() - 4; i < h.size(); i++) {
                ttmEbitda += h.get(i).ebitdaM();
            }
            if (ttmEbitda <= 0) {
                add("history", "the last 4 quarters' EBITDA must add up to more than 0 (the opening valuation is a "
                        + "multiple of it), got " + ttmEbitda);
            }
        }
        if (prev != null && start != null && !prev.equals(start.plus(-1))) {
            add("history[" + (h.size() - 1) + "].quarter", "the last history quarter must be the quarter before "
                    + "startQuarter (" + start.plus(-1) + "), got " + prev);
        }
    }

    private void revenue() {
        List<Double> s = sc.revenue().seasonality();
        if (s.size() != 4) {
            add("revenue.seasonality", "needs 4 values, one per calendar quarter Q1 to Q4, got " + s.size());
        } else {
            double mean = (s.get(0) + s.get(1) + s.get(2) + s.get(3)) / 4;
            if (Math.abs(mean - 1) > 0.01) {
                add("revenue.seasonality", String.format(Locale.ROOT,
                        "the 4 values must average 1 (within 0.01), got an average of %.4f", mean));
            }
        }
    }

    private void realityLabsSeasonality() {
        List<Double> s = sc.costs().realityLabsSeasonality();
        if (s.isEmpty()) {
            return;
        }
        if (s.size() != 4) {
            add("costs.realityLabsSeasonality", "needs 4 values, one per calendar quarter Q1 to Q4 (or none for an "
                    + "even budget), got " + s.size());
        } else if (Math.abs((s.get(0) + s.get(1) + s.get(2) + s.get(3)) / 4 - 1) > 0.01) {
            add("costs.realityLabsSeasonality", String.format(Locale.ROOT,
                    "the 4 values must average 1 (within 0.01), got an average of %.4f",
                    (s.get(0) + s.get(1) + s.get(2) + s.get(3)) / 4));
        }
    }

    private void finance() {
        Finance f = sc.finance();
        List<RatingNotch> r = f.ratings();
        if (r.isEmpty()) {
            add("finance.ratings", "needs at least one notch");
        }
        unique("finance.ratings", r, RatingNotch::name, "name");
        for (int i = 1; i < r.size(); i++) {
            RatingNotch a = r.get(i - 1);
            RatingNotch b = r.get(i);
            String p = "finance.ratings[" + i + "]";
            if (b.spreadBp() < a.spreadBp()) {
                add(p + ".spreadBp", "the ladder goes best first: " + b.name() + "'s spread must not be below "
                        + a.name() + "'s (" + a.spreadBp() + ")");
            }
            if (b.maxNetLeverage() < a.maxNetLeverage()) {
                add(p + ".maxNetLeverage", "the ladder goes best first: " + b.name() + " must allow at least the net "
                        + "leverage of " + a.name() + " (" + a.maxNetLeverage() + ")");
            }
            if (b.minInterestCover() > a.minInterestCover()) {
                add(p + ".minInterestCover", "the ladder goes best first: " + b.name() + " must not require more "
                        + "interest cover than " + a.name() + " (" + a.minInterestCover() + ")");
            }
        }
        if (r.stream().noneMatch(n -> n.name().equals(f.startRating()))) {
            add("finance.startRating", "'" + f.startRating() + "' is not in finance.ratings ("
                    + String.join(", ", r.stream().map(RatingNotch::name).toList()) + ")");
        }
        if (f.bondMaxPerQuarterM() < f.bondMinM()) {
            add("finance.bondMaxPerQuarterM", "must be at least bondMinM (" + f.bondMinM() + ")");
        }
        if (f.bondTenorsYears().isEmpty()) {
            add("finance.bondTenorsYears", "needs at least one tenor");
        }
        var curve = f.treasuryCurve();
        for (int i = 1; i < curve.size(); i++) {
            if (curve.get(i).years() <= curve.get(i - 1).years()) {
                add("finance.treasuryCurve[" + i + "].years", "the curve's points must be in order of tenor, each longer than "
                        + "the one before (" + curve.get(i).years() + " after " + curve.get(i - 1).years() + ")");
            }
        }
    }

    /** The limits the rules keep: a floor not above its cap, and the opening values within them. */
    private void calibrationLimits() {
        Scenario.Macro m = sc.macro();
        if (m.baseRateCap() < m.baseRateFloor()) {
            add("macro.baseRateCap", "must be at least baseRateFloor (" + m.baseRateFloor() + ")");
        } else {
            within("macro.baseRate", m.baseRate(), m.baseRateFloor(), m.baseRateCap(), "baseRateFloor and baseRateCap");
            within("macro.baseRateLongRun", m.baseRateLongRun(), m.baseRateFloor(), m.baseRateCap(),
                    "baseRateFloor and baseRateCap");
        }
        if (m.dataCenterAssetIndexMax() < m.dataCenterAssetIndexMin()) {
            add("macro.dataCenterAssetIndexMax", "must be at least dataCenterAssetIndexMin (" + m.dataCenterAssetIndexMin()
                    + ")");
        } else {
            within("macro.dataCenterAssetIndex", m.dataCenterAssetIndex(), m.dataCenterAssetIndexMin(),
                    m.dataCenterAssetIndexMax(), "dataCenterAssetIndexMin and dataCenterAssetIndexMax");
        }
        Finance f = sc.finance();
        if (sc.company().dividendPerShare() > f.maxDividendPerShare()) {
            add("company.dividendPerShare", "must be at most finance.maxDividendPerShare (" + f.maxDividendPerShare() + ")");
        }
        if (sc.company().buybackPerQuarterM() > f.maxBuybackPerQuarterM()) {
            add("company.buybackPerQuarterM", "must be at most finance.maxBuybackPerQuarterM ("
                    + f.maxBuybackPerQuarterM() + ")");
        }
    }

    private void within(String path, double v, double lo, double hi, String names) {
        if (v < lo || v > hi) {
            add(path, "must be between " + names + " (" + lo + " to " + hi + "), got " + v);
        }
    }

    private void lenders() {
        for (int i = 0; i < sc.lenders().size(); i++) {
            Lender l = sc.lenders().get(i);
            String p = "lenders[" + i + "]";
            if (l.maxM() < l.minM()) {
                add(p + ".maxM", "must be at least minM (" + l.minM() + "), got " + l.maxM());
            }
            if (l.structures().isEmpty()) {
                add(p + ".structures", "needs at least one of: " + String.join(", ", FieldRules.LENDER_STRUCTURES));
            }
            unique(p + ".structures", l.structures(), String::valueOf, null);
        }
        for (int i = 0; i < sc.existingDebt().size(); i++) {
            Quarter m = q(sc.existingDebt().get(i).maturity());
            if (m != null && start != null && m.isBefore(start)) {
                add("existingDebt[" + i + "].maturity", "matures before the game starts (" + start + "): leave it out");
            }
        }
    }

    private void ids() {
        unique("lenders", sc.lenders(), Lender::id, "id");
        unique("existingDebt", sc.existingDebt(), DebtSpec::id, "id");
        unique("targets", sc.targets(), StakeTarget::id, "id");
        unique("gpuGenerations", sc.gpuGenerations(), GpuGeneration::id, "id");
        unique("sites", sc.sites(), SiteSpec::id, "id");
        unique("cloudProviders", sc.cloudProviders(), CloudProvider::id, "id");
        unique("assetsForSale", sc.assetsForSale(), ParcelSpec::id, "id");
        unique("competitors", sc.competitors(), Competitor::id, "id");
        unique("events", sc.events(), EventCard::id, "id");
        unique("disabledLevers", sc.disabledLevers(), Function.identity(), null);
    }

    /** Reports every element whose key (compared ignoring case, as the engine looks ids up) repeats an earlier one. */
    private <T> void unique(String listPath, List<T> list, Function<T, String> key, String field) {
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < list.size(); i++) {
            String k = key.apply(list.get(i));
            if (k == null) {
                continue;
            }
            Integer first = seen.putIfAbsent(k.toLowerCase(Locale.ROOT), i);
            if (first != null) {
                String p = listPath + "[" + i + "]" + (field == null ? "" : "." + field);
                add(p, "'" + k + "' is used twice: " + listPath + "[" + first + "] has it already");
            }
        }
    }

    private void references() {
        for (int i = 0; i < sc.startingFleet().size(); i++) {
            CohortSpec c = sc.startingFleet().get(i);
            if (sc.generation(c.generation()) == null) {
                add("startingFleet[" + i + "].generation", "'" + c.generation() + "' is not a GPU generation id ("
                        + ids(sc.gpuGenerations(), GpuGeneration::id) + ")");
            }
        }
        for (int i = 0; i < sc.assetsForSale().size(); i++) {
            ParcelSpec p = sc.assetsForSale().get(i);
            if (sc.site(p.linkedSite()) == null) {
                add("assetsForSale[" + i + "].linkedSite", "'" + p.linkedSite() + "' is not a site id ("
                        + ids(sc.sites(), SiteSpec::id) + ")");
            }
        }
    }

    private static <T> String ids(List<T> list, Function<T, String> id) {
        return list.isEmpty() ? "there are none" : String.join(", ", list.stream().map(id).toList());
    }

    private void talent() {
        Talent t = sc.talent();
        double sum = 0;
        for (double v : t.vestingByYear()) {
            sum += v;
        }
        if (t.vestingByYear().isEmpty() || Math.abs(sum - 1) > 0.001) {
            add("talent.vestingByYear", String.format(Locale.ROOT, "the yearly shares must add up to 1, got %.4f", sum));
        }
        if (t.maxPackageM() < t.marketPackageM()) {
            add("talent.maxPackageM", "must be at least marketPackageM (" + t.marketPackageM() + ")");
        }
        Set<String> competitorIds = new HashSet<>();
        for (Competitor c : sc.competitors()) {
            competitorIds.add(c.id());
        }
        for (int i = 0; i < t.rivals().size(); i++) {
            String r = t.rivals().get(i);
            // TalentRules and DecisionRules look a rival's counter-offer up by its id in lower case.
            if (!competitorIds.contains(r.toLowerCase(Locale.ROOT))) {
                add("talent.rivals[" + i + "]", "'" + r + "' is not a competitor id in lower case ("
                        + ids(sc.competitors(), Competitor::id) + ")");
            }
        }
        unique("talent.rivals", t.rivals(), Function.identity(), null);
    }

    private void targets() {
        for (int i = 0; i < sc.targets().size(); i++) {
            StakeTarget t = sc.targets().get(i);
            if (t.maxStake() < t.minStake()) {
                add("targets[" + i + "].maxStake", "must be at least minStake (" + t.minStake() + ")");
            }
            Quarter from = q(t.availableFrom());
            if (from != null && end != null && from.isAfter(end)) {
                add("targets[" + i + "].availableFrom", "is after the game ends (" + end + "): the target could never be bought");
            }
        }
    }

    private void fleetAndSites() {
        for (int i = 0; i < sc.startingFleet().size(); i++) {
            CohortSpec c = sc.startingFleet().get(i);
            String p = "startingFleet[" + i + "]";
            if (c.accumulatedDepreciationM() > c.grossCostM()) {
                add(p + ".accumulatedDepreciationM", "must not exceed grossCostM (" + c.grossCostM() + ")");
            }
            Quarter d = q(c.delivered());
            if (d != null && start != null && !d.isBefore(start)) {
                add(p + ".delivered", "the starting fleet must be delivered before the game starts (" + start + ")");
            }
        }
        for (int i = 0; i < sc.gpuGenerations().size(); i++) {
            Quarter from = q(sc.gpuGenerations().get(i).availableFrom());
            if (from != null && end != null && from.isAfter(end)) {
                add("gpuGenerations[" + i + "].availableFrom", "is after the game ends (" + end + ")");
            }
        }
        for (int i = 0; i < sc.sites().size(); i++) {
            SiteSpec s = sc.sites().get(i);
            String p = "sites[" + i + "]";
            if (s.onlineGw() + s.underConstructionGw() > s.maxGw() + 1e-9) {
                add(p + ".maxGw", "must be at least onlineGw + underConstructionGw (" + (s.onlineGw() + s.underConstructionGw()) + ")");
            }
            Quarter done = q(s.constructionCompletes());
            if (s.underConstructionGw() > 0 && done != null && start != null && done.isBefore(start)) {
                add(p + ".constructionCompletes", "construction under way must complete at or after the start (" + start + ")");
            }
            if (s.underConstructionGw() == 0 && s.constructionSpentM() > 0) {
                add(p + ".constructionSpentM", "money spent on construction needs underConstructionGw above 0");
            }
        }
    }

    private void cloud() {
        for (int i = 0; i < sc.cloudProviders().size(); i++) {
            CloudProvider c = sc.cloudProviders().get(i);
            if (c.maxQuarters() < c.minQuarters()) {
                add("cloudProviders[" + i + "].maxQuarters", "must be at least minQuarters (" + c.minQuarters() + ")");
            }
        }
    }

    private void ai() {
        Ai a = sc.ai();
        if (a.maxTrainingShare() < a.minTrainingShare()) {
            add("ai.maxTrainingShare", "must be at least minTrainingShare (" + a.minTrainingShare() + ")");
        }
        double share = sc.company().trainingShare();
        if (share < a.minTrainingShare() || share > a.maxTrainingShare()) {
            add("company.trainingShare", "must be between ai.minTrainingShare (" + a.minTrainingShare()
                    + ") and ai.maxTrainingShare (" + a.maxTrainingShare() + "), got " + share);
        }
        if (a.modelNames().isEmpty()) {
            add("ai.modelNames", "needs at least one name for Meta's next models");
        }
        Quarter released = q(a.startingModelReleased());
        if (released != null && start != null && released.isAfter(start)) {
            add("ai.startingModelReleased", "must be at or before the start (" + start + ")");
        }
        if (sc.company().resaleShare() > sc.finance().maxResaleShare()) {
            add("company.resaleShare", "must not exceed finance.maxResaleShare (" + sc.finance().maxResaleShare() + ")");
        }
    }

    private void competitors() {
        for (int i = 0; i < sc.competitors().size(); i++) {
            Competitor c = sc.competitors().get(i);
            String p = "competitors[" + i + "]";
            path(p + ".capexPathM", c.capexPathM());
            path(p + ".eloPath", c.eloPath());
            path(p + ".consumerUsersM", c.consumerUsersM());
            for (int j = 0; j < c.headlines().size(); j++) {
                Quarter hq = q(c.headlines().get(j).quarter());
                if (hq != null && start != null && end != null && !inGame(hq)) {
                    add(p + ".headlines[" + j + "].quarter", "is outside the game (" + window()
                            + "): the headline would never be shown");
                }
            }
            for (int j = 0; j < c.reactions().size(); j++) {
                Reaction r = c.reactions().get(j);
                if (r.trigger() == ReactionTrigger.metaRankAtMost && r.threshold() < 1) {
                    add(p + ".reactions[" + j + "].threshold", "a rank threshold must be 1 or more");
                }
            }
            if (!c.id().equals(c.id().toLowerCase(Locale.ROOT))) {
                add(p + ".id", "competitor ids must be in lower case (the engine matches talent rivals in lower case)");
            }
        }
        for (int i = 0; i < sc.arenaField().size(); i++) {
            Quarter r = q(sc.arenaField().get(i).released());
            if (r != null && start != null && r.isAfter(start)) {
                add("arenaField[" + i + "].released", "models in the starting field must be released by the start (" + start + ")");
            }
        }
    }

    private void path(String path, List<PathPoint> points) {
        Quarter prev = null;
        for (int i = 0; i < points.size(); i++) {
            Quarter q = q(points.get(i).quarter());
            if (q != null && prev != null && !q.isAfter(prev)) {
                add(path + "[" + i + "].quarter", "path points must be in time order: " + q + " is not after " + prev);
            }
            if (q != null) {
                prev = q;
            }
        }
    }

    private void events() {
        for (int i = 0; i < sc.events().size(); i++) {
            EventCard e = sc.events().get(i);
            String p = "events[" + i + "]";
            if (start == null || end == null) {
                continue;
            }
            if (e.kind() == CardKind.scheduled) {
                Quarter at = q(e.quarter());
                if (at != null && !inGame(at)) {
                    add(p + ".quarter", "a scheduled event must fall inside the game (" + window() + "), got " + at);
                }
            } else if (e.kind() == CardKind.random) {
                Quarter a = q(e.earliest());
                Quarter b = q(e.latest());
                if (a != null && !inGame(a)) {
                    add(p + ".earliest", "the window must lie inside the game (" + window() + "), got " + a);
                }
                if (b != null && !inGame(b)) {
                    add(p + ".latest", "the window must lie inside the game (" + window() + "), got " + b);
                }
                if (a != null && b != null && b.isBefore(a)) {
                    add(p + ".latest", "must not be before earliest (" + a + ")");
                }
            }
            if (e.effects().isEmpty()) {
                add(p + ".effects", "needs at least one effect");
            }
            for (int j = 0; j < e.effects().size(); j++) {
                effect(p + ".effects[" + j + "]", e.effects().get(j));
            }
        }
    }

    private void effect(String path, Effect e) {
        double m = e.magnitude();
        CardEffect t = e.type();
        if (t == null) {
            return; // outside the vocabulary: reported by the structural pass
        }
        String type = t.name();
        if ((t == CardEffect.talentRaid || t == CardEffect.taxLaw || t == CardEffect.antitrust || t == CardEffect.priceWar) && (m < 0 || m > 1)) {
            add(path + ".magnitude", "a " + type + " magnitude is a share between 0 and 1, got " + m);
        } else if (t == CardEffect.efficiencyBreakthrough && m <= 0) {
            add(path + ".magnitude", "an efficiencyBreakthrough multiplies the technique index: it must be greater than 0, got " + m);
        } else if ((t == CardEffect.gpuShortage || t == CardEffect.powerDelay) && (m < -1 || m > 1)) {
            add(path + ".magnitude", "a " + type + " change must be between -1 and 1, got " + m);
        } else if (t == CardEffect.gpuPrice && m <= -1) {
            add(path + ".magnitude", "a gpuPrice change must be greater than -1 (a price cannot fall below 0), got " + m);
        }
    }

    private void valuation() {
        Valuation v = sc.valuation();
        if (v.maxMultiple() < v.minMultiple()) {
            add("valuation.maxMultiple", "must be at least minMultiple (" + v.minMultiple() + ")");
        }
        if (v.equityRiskPremium() > 0 && sc.macro().baseRate() + v.equityRiskPremium() <= v.terminalGrowth()) {
            add("valuation.terminalGrowth", "must be below the discount rate (macro.baseRate + equityRiskPremium = "
                    + (sc.macro().baseRate() + v.equityRiskPremium()) + ")");
        }
        if (v.baseMultiple() < v.minMultiple() || v.baseMultiple() > v.maxMultiple()) {
            add("valuation.baseMultiple", "must be between minMultiple (" + v.minMultiple() + ") and maxMultiple ("
                    + v.maxMultiple() + ")");
        }
    }

    private void scorecard() {
        Scorecard s = sc.scorecard();
        if (s.tsrWeight() + s.rankWeight() + s.ratingWeight() + s.fcfWeight() + s.gwWeight() + s.survivalWeight() <= 0) {
            add("scorecard", "at least one weight must be above 0");
        }
    }

    private void economics() {
        Scenario.Economics e = sc.economics();
        List<RatingNotch> r = sc.finance().ratings();
        for (String[] f : new String[][] {{"revolverMinRating", e.liquidity().revolverMinRating()},
                {"paperMinRating", e.liquidity().paperMinRating()}}) {
            if (f[1] != null && !f[1].isBlank() && r.stream().noneMatch(n -> n.name().equals(f[1]))) {
                add("economics.liquidity." + f[0], "'" + f[1] + "' is not in finance.ratings ("
                        + String.join(", ", r.stream().map(RatingNotch::name).toList()) + ")");
            }
        }
        Scenario.Workforce w = e.workforce();
        if (w.maxCutPercentPerYear() > 0 && w.maxCutPercentPerYear() < 1) {
            add("economics.workforce.maxCutPercentPerYear", "is a percent: 0 (no cap) or at least 1");
        }
        List<Scenario.StarPool> pools = e.talent().pools();
        for (int i = 0; i < pools.size(); i++) {
            String id = pools.get(i).id();
            // HireRule looks a pool up by the rival's id as talent.rivals spells it.
            if (id == null || sc.talent().rivals().stream().noneMatch(id::equals)) {
                add("economics.talent.pools[" + i + "].id", "'" + id + "' is not one of talent.rivals ("
                        + String.join(", ", sc.talent().rivals()) + ")");
            }
        }
        unique("economics.talent.pools", pools, Scenario.StarPool::id, "id");
    }
}
