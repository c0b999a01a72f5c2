package dev.capex.report;

import dev.capex.engine.model.Scenario;
import dev.capex.strategy.Plan;
import java.nio.file.Path;

/**
 * Reads a plan file as a team's game: the plan gives the decisions, the command line gives the world
 * (scenario and seed) and the team's name (default: the plan's own name). A workshop's decision logs
 * are plan files too.
 */
public record PlanSource(Scenario scenario, long seed, String team) implements GameSource {

    @Override
    public TeamGame read(Path file) throws BadInput {
        try {
            Plan p = Plan.load(file);
            return new TeamGame(team == null || team.isBlank() ? p.name() : team, scenario, seed, p.decisions(),
                    file.toString());
        } catch (Plan.PlanException e) {
            throw new BadInput(e.getMessage());
        }
    }
}
