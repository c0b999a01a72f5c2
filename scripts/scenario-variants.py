#!/usr/bin/env python3
"""Derives the workshop scenario pack from the baseline, scenarios/meta-2025.json.

Each variant changes a few named things and says why in its description and lesson; everything else
is the baseline's. Run it after changing the baseline (python3 scripts/scenario-variants.py), then
review the diff of scenarios/*.json: the variant files are the documents facilitators read and copy.
"""
import copy
import json
import pathlib

ROOT = pathlib.Path(__file__).resolve().parent.parent
base = json.loads((ROOT / "scenarios" / "meta-2025.json").read_text())


def card(id, title, description, quarter, effects):
    return {"id": id, "title": title, "description": description, "kind": "scheduled", "quarter": quarter,
            "probability": 0.0, "earliest": quarter, "latest": quarter, "oncePerGame": True, "conditions": [],
            "effects": [{"type": t, "magnitude": m, "quarters": q} for t, m, q in effects]}


def variant(id, name, description, lesson):
    sc = copy.deepcopy(base)
    sc["id"], sc["name"], sc["description"], sc["lesson"] = id, name, description, lesson
    return sc


def clip_to(sc, end):
    """Keeps random cards and scheduled ones inside a shorter game."""
    sc["endQuarter"] = end
    last = int(end[:4]) * 4 + int(end[5]) - 1
    def ordinal(q):
        return int(q[:4]) * 4 + int(q[5]) - 1
    kept = []
    for e in sc["events"]:
        if e["kind"] == "scheduled" and ordinal(e["quarter"]) > last:
            continue
        if ordinal(e["latest"]) > last:
            e["latest"] = end
        if ordinal(e["earliest"]) > last:
            continue
        kept.append(e)
    sc["events"] = kept


pack = {}

w = variant("meta-2025-workshop", "Workshop: the 2025 AI capital race in 8 quarters",
            "A 60-minute version of the baseline: eight quarters from spring 2025, the core levers only "
            "(private credit, asset sales, stakes, talent, GPUs, data centers, cloud, training share, "
            "buybacks), and a facilitator's shock in 2026Q2: the market turns on AI capex.",
            "Fund the race without losing the market's patience: every team meets the same shock in 2026Q2.")
clip_to(w, "2027Q1")
w["disabledLevers"] = ["bond", "equityRaise", "restructure", "computeResale", "realityLabs", "dividend", "repay"]
w["events"].append(card("workshop-shock", "The market turns on AI capex",
                        "Investors dump the hyperscalers after a weak AI revenue quarter: capex that outruns revenue "
                        "is punished for a year.", "2026Q2",
                        [("impatience", 1.5, 4), ("market", -0.12, 2), ("aiDemand", -0.04, 4)]))
pack[w["id"]] = w

d = variant("ai-demand-peak", "AI demand peaks in 2026",
            "The baseline, but AI demand peaks in 2026Q3: ad growth from AI stalls and the market punishes "
            "capex that outruns revenue for a year and a half.",
            "The ROI impatience the seeds warn of: heavy capex financed with debt is worth less when the market "
            "stops believing the revenue will come.")
d["events"].append(card("demand-peak-2026", "AI demand peaks", "Enterprise AI pilots stall and consumer AI "
                        "monetisation disappoints: investors ask where the return on AI capex is.", "2026Q3",
                        [("impatience", 2.0, 6), ("aiDemand", -0.06, 6), ("market", -0.15, 3)]))
pack[d["id"]] = d

r = variant("rate-shock", "A rate shock in late 2025",
            "The baseline, but inflation returns in 2025Q4: the base rate jumps 300 bp and stays up to the end, "
            "and credit spreads widen 100 bp for two years.",
            "Floating-rate private credit reprices with the base rate; fixed-rate bonds issued before the shock "
            "do not. Leverage that looked cheap becomes expensive, and covenants bind.")
r["events"].append(card("rate-shock-2025", "Rate shock", "Inflation surprises: the Fed raises rates 300 bp and "
                        "credit spreads widen 100 bp.", "2025Q4",
                        [("baseRate", 300, 13), ("creditSpread", 100, 8), ("market", -0.08, 2)]))
pack[r["id"]] = r

p = variant("power-crunch", "A power and water crunch",
            "The baseline, but the grid cannot keep up: interconnections and water permits slip from 2025Q3 "
            "for two years, every site's grid risk is higher and builds take longer.",
            "GPUs are useless without powered capacity: orders that outrun power sit idle and depreciate, while "
            "rented cloud capacity needs no power of Meta's own.")
for s in p["sites"]:
    s["powerDelayProbability"] = min(0.9, s["powerDelayProbability"] * 2.5)
    s["buildQuarters"] = s["buildQuarters"] + 2
for s in p["sites"]:
    if s["underConstructionGw"] > 0:
        q = s["constructionCompletes"]
        n = int(q[:4]) * 4 + int(q[5]) - 1 + 2
        s["constructionCompletes"] = "%dQ%d" % (n // 4, n % 4 + 1)
p["events"].append(card("power-crunch-2025", "Power and water crunch", "Utilities cannot connect new data "
                        "centers on time and water permits stall.", "2025Q3", [("powerDelay", 0.4, 8)]))
pack[p["id"]] = p

t = variant("talent-war", "The talent war",
            "The baseline, but star researchers cost twice as much, rivals counter-offer harder and longer, and "
            "a raid on Meta's new lab is scheduled for 2026Q2.",
            "Talent is the scarcest input: packages buy people for a while, not for good; paying below the "
            "market loses them, and raids come to the labs that hired most.")
t["talent"]["marketPackageM"] = 200
t["talent"]["maxPackageM"] = 400
t["talent"]["retentionBase"] = 0.05
t["talent"]["retentionPayGap"] = 0.5
for c in t["competitors"]:
    for re in c["reactions"]:
        if re["effect"] == "counterOffer":
            re["magnitude"] = 0.6
            re["quarters"] = 4
t["events"].append(card("lab-raid-2026", "A raid on Meta's lab", "A rival lab, flush with new funding, hires "
                        "away a fifth of Meta's star researchers.", "2026Q2", [("talentRaid", 0.2, 1)]))
pack[t["id"]] = t

a = variant("antitrust-turn", "Antitrust turns against acqui-hires",
            "The baseline, but regulators turn against Big Tech's AI stakes and acqui-hires: every deal is far "
            "more likely to be probed, probes force divestitures more often, and a sweep of existing stakes "
            "comes in 2026Q1.",
            "A stake is not just a price: a non-voting structure lowers, but does not remove, the risk that a "
            "regulator unwinds the deal and the data and talent it brought.")
for tg in a["targets"]:
    tg["antitrustProbability"] = min(1.0, tg["antitrustProbability"] * 3 + 0.1)
    tg["antitrustProbabilityControl"] = min(1.0, tg["antitrustProbabilityControl"] * 1.5 + 0.1)
    tg["divestitureProbability"] = min(1.0, tg["divestitureProbability"] * 3)
a["events"].append(card("antitrust-sweep-2026", "Antitrust sweep", "The FTC and the European Commission open "
                        "probes into the big AI stakes of 2025.", "2026Q1", [("antitrust", 0.8, 1)]))
pack[a["id"]] = a

s = variant("sandbox", "Sandbox: generous limits, no surprises",
            "The baseline's world with generous limits — lenders lend up to 100B a deal, Nvidia allocates "
            "without limit, the bond market takes 100B a quarter — and no random event cards.",
            "Explore the levers freely and see their mechanics without the noise of shocks; then play the "
            "baseline to see what the limits and shocks add.")
for l in s["lenders"]:
    l["maxM"] = 100000
    l["maxNetLeverage"] = l["maxNetLeverage"] + 2.0
for g in s["gpuGenerations"]:
    g["maxUnitsPerQuarter"] = 5000000
s["finance"]["bondMaxPerQuarterM"] = 100000
s["finance"]["emergencyLimitM"] = 200000
s["talent"]["maxStarsPerQuarter"] = 200
s["events"] = [e for e in s["events"] if e["kind"] == "scheduled"]
for site in s["sites"]:
    site["maxGw"] = site["maxGw"] * 3
pack[s["id"]] = s

for id, sc in pack.items():
    (ROOT / "scenarios" / (id + ".json")).write_text(json.dumps(sc, indent=2) + "\n")
    print("wrote scenarios/%s.json" % id)
