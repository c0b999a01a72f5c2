package dev.capex.report.levers;

import static dev.capex.report.levers.Field.number;
import static dev.capex.report.levers.Values.amount;

import dev.capex.engine.decision.Decision.BondDeal;
import dev.capex.engine.decision.Decision.BondDeal.Tranche;
import dev.capex.engine.event.GameEvent;
import dev.capex.engine.levers.BondDealRule;
import dev.capex.report.i18n.Msg;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A bond deal in tranches: one amount per tenor on offer (a tranche is added by typing an amount, removed by
 * setting it to 0); the preview prices each tranche off the Treasury curve and gives the total.
 */
public final class BondDealForm extends LeverForm<BondDeal> {
    public BondDealForm() {
        super(BondDeal.class, Msg.t("lever.bondDeal.title"), Msg.t("lever.bondDeal.family"), Msg.t("lever.bondDeal.what"),
                List.of("Public bond", "Rating notch"),
                new Usage("bonds", "YEARS=AMOUNT ...", Msg.t("lever.bondDeal.usage")));
    }

    private static String key(int tenor) {
        return "y" + tenor;
    }

    @Override
    public List<Field> fields(Choices c) {
        List<Field> out = new ArrayList<>();
        long first = Math.max(c.sc.finance().bondMinM(), 5000);
        for (int t : c.sc.finance().bondTenorsYears()) {
            out.add(number(key(t), Msg.t("lever.bondDeal.tranche", t), t == 10 ? amount(first) : "0",
                    Msg.t("lever.bondDeal.hint")));
        }
        return out;
    }

    @Override
    public BondDeal build(Map<String, String> v) {
        List<Tranche> ts = new ArrayList<>();
        for (Map.Entry<String, String> e : v.entrySet()) {
            if (!e.getKey().startsWith("y")) {
                continue;
            }
            String typed = e.getValue() == null ? "" : e.getValue().trim();
            long m = typed.isEmpty() ? 0 : Values.money(typed, Msg.t("lever.bondDeal.tranche",
                    Integer.parseInt(e.getKey().substring(1))));
            if (m != 0) {
                ts.add(new Tranche(m, Integer.parseInt(e.getKey().substring(1))));
            }
        }
        ts.sort((a, b) -> Integer.compare(a.tenorYears(), b.tenorYears()));
        return new BondDeal(ts);
    }

    @Override
    protected Map<String, String> values(BondDeal x) {
        Map<String, Long> sums = new LinkedHashMap<>();
        for (Tranche t : x.tranches()) {
            if (t != null) {
                sums.merge(key(t.tenorYears()), t.amountM(), Long::sum);
            }
        }
        Map<String, String> v = new LinkedHashMap<>();
        sums.forEach((k, m) -> v.put(k, amount(m)));
        return v;
    }

    @Override
    public BondDeal parse(String[] w) throws BadCommand {
        need(w, 2);
        List<Tranche> ts = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            String[] p = w[i].split("[=:]", 2);
            if (p.length != 2) {
                throw new BadCommand(usage().line());
            }
            ts.add(new Tranche(Words.money(p[1]), Integer.parseInt(p[0].toLowerCase(Locale.ROOT).replace("y", ""))));
        }
        return new BondDeal(ts);
    }

    @Override
    public String outcome(GameEvent.Outcome o) {
        BondDealRule.Done x = (BondDealRule.Done) o;
        StringBuilder sb = new StringBuilder();
        for (BondDealRule.Priced p : x.tranches()) {
            sb.append(sb.length() == 0 ? "" : ", ").append(Msg.t("lever.bondDeal.priced", p.tenorYears(),
                    Values.money(p.amountM()), Values.rate(p.coupon()), Values.rate(p.treasuryYield()), p.spreadBp()));
        }
        return Msg.t(x.tranches().size() == 1 ? "lever.bondDeal.done1" : "lever.bondDeal.done", Values.money(x.totalM()), x.tranches().size(), sb.toString(), x.rating(),
                x.ratingSpreadBp());
    }
}
