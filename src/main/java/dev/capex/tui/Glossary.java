package dev.capex.tui;

import java.util.List;
import java.util.Locale;

/** The words of corporate finance and the AI race the game uses, explained for a student. */
public final class Glossary {
    private Glossary() {
    }

    public record Term(String name, String meaning) {
    }

    public static final List<Term> TERMS = List.of(
            new Term("Arena rank and Elo", "LM Arena ranks chat models by people's blind votes between two answers. "
                    + "Elo is the rating that results: 100 Elo more means winning about 64% of head-to-head votes. "
                    + "Rank is 1 plus the number of models rated higher. The frontier is the best model's Elo."),
            new Term("Covenant", "A promise written into a loan, tested every quarter: here, net leverage at most so "
                    + "many times EBITDA and interest cover at least so many times. Breaking it two quarters in a "
                    + "row lets the lenders demand their money back: a default. Covenant headroom is how far the "
                    + "metric is from the limit (0.50x headroom = leverage can rise 0.5x EBITDA before a breach)."),
            new Term("EBITDA", "Earnings before interest, taxes, depreciation and amortisation: revenue minus "
                    + "operating costs paid in cash or stock. A rough measure of the cash the business throws off "
                    + "before investing and financing. Ratios here use the trailing twelve months (TTM)."),
            new Term("Emergency facility", "A last-resort credit line at a punitive rate. The engine draws it "
                    + "automatically when cash would fall below the operating minimum, and the rating agencies "
                    + "downgrade at once. When it is exhausted the company defaults and the game ends."),
            new Term("Equity raise", "Selling new shares. Nothing to repay and no interest, but existing "
                    + "shareholders own less of the company (dilution), and the shares are sold at a discount."),
            new Term("Free cash flow", "Operating cash flow minus capital expenditure (GPUs, data centers, "
                    + "other). What is left for dividends, buybacks and repaying debt — negative when the company "
                    + "spends more than it earns in cash."),
            new Term("H100 equivalent", "A unit of compute: how many Nvidia H100 GPUs a cluster is worth. A "
                    + "B200 counts about 2.5, a GB300 more. Cloud rent and training compute are counted in H100e."),
            new Term("Interest cover", "EBITDA divided by interest expense (TTM): how many times over profits "
                    + "pay the interest bill. Rating agencies and covenants want it high; 3.5x is a common floor."),
            new Term("Net leverage", "Net debt (debt minus cash, plus a share of lease obligations and guarantees "
                    + "that agencies count as debt) divided by TTM EBITDA. Negative means more cash than debt."),
            new Term("Non-voting stake", "Buying less than 50% of a company, without control (Meta's 49% of "
                    + "Scale AI in 2025). Cheaper and faster than an acquisition and less exposed to antitrust, "
                    + "but the target's other customers may still leave and the value can be impaired."),
            new Term("Private credit", "Loans from investment firms (Apollo, KKR, Blue Owl…) rather than banks or "
                    + "the bond market: fast and flexible, at a floating rate above the base rate, with covenants."),
            new Term("Public bond", "Debt sold to investors in the market at the rating's spread: cheaper than "
                    + "private credit, fixed rate, no covenants here, but it takes a quarter to arrange."),
            new Term("Rating notch", "One step on the credit rating ladder (Aa3, A1, A2, A3, Baa1…). Each notch "
                    + "down adds to the spread on new debt and, through a margin ratchet, on floating loans."),
            new Term("Residual value guarantee", "In an SPV or leaseback, Meta promises the owner that the data "
                    + "center will be worth at least a set amount when the lease ends; if not, Meta pays the gap. "
                    + "It stays off the balance sheet, but rating agencies count part of it as debt."),
            new Term("Sale-leaseback", "Selling a data center to an investor and renting it back. Cash now and the "
                    + "capacity stays, but rent is due every quarter for the lease term."),
            new Term("SPV", "Special purpose vehicle: a company set up for one project (e.g. Hyperion with Blue "
                    + "Owl in 2025). The partner owns most of it and lends against it; Meta leases the capacity and "
                    + "the debt stays off Meta's balance sheet — though agencies count the lease and guarantees."),
            new Term("Take-or-pay", "A contract that must be paid whether or not the capacity is used: cloud GPU "
                    + "rentals here. Fast to start and no capital spent, but a fixed cost for the whole term."),
            new Term("TSR", "Total shareholder return: the change in share price plus dividends received, over "
                    + "the price at the start. The main score of the game."),
            new Term("Co-development (JV)", "A joint venture: a partner funds a share of a site's construction and "
                    + "owns that share; Meta leases it. Less capital spent, less capacity owned."),
            new Term("Training share", "The share of Meta's online GPUs that train the next model; the rest serve "
                    + "ads and products (inference), which lifts revenue now. More training, better models later."),
            new Term("Depreciation", "The cost of an asset spread over its useful life (servers 5.5 years). GPUs "
                    + "depreciate whether or not they are powered: idle GPUs are pure cost."));

    /** The index of a term by (the start of) its name, or 0. */
    public static int indexOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < TERMS.size(); i++) {
            if (TERMS.get(i).name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return i;
            }
        }
        return 0;
    }
}
