package dev.capex.report;

import dev.capex.engine.model.Quarter;

/**
 * A moment that mattered in a team's game, explained from the events: "Blue's downgrade in 2026Q3 came
 * from net leverage 2.8x after the $40.0B order of 1,000,000 B200".
 *
 * @param kind a short tag for tables and CSV: downgrade, upgrade, covenant, emergency, model, shock,
 *             talent, stake, default
 * @param weight how much it mattered, for ordering (higher first)
 */
public record Moment(String team, Quarter quarter, String kind, String text, int weight) {
}
