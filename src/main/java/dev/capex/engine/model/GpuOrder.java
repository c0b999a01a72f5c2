package dev.capex.engine.model;

/** GPUs on order: a deposit paid, the rest due on delivery, possibly in parts when supply is tight. */
public record GpuOrder(String id, String generation, long units, long delivered, double unitPriceUsd,
        long depositM, long depositAppliedM, Quarter placed, Quarter due) {
    public long outstanding() {
        return units - delivered;
    }
}
