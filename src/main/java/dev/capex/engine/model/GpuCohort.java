package dev.capex.engine.model;

/** GPUs Meta owns and has received: they depreciate whether or not they are powered. */
public record GpuCohort(String id, String generation, long units, long grossCostM, long bookValueM,
        long depreciationPerQuarterM, Quarter delivered) {
    public GpuCohort withBook(long book) {
        return new GpuCohort(id, generation, units, grossCostM, book, depreciationPerQuarterM, delivered);
    }
}
