package dev.capex.engine.turn;

/**
 * What step 5 (compute) works out for the quarter and the later steps read: the H100-equivalents online
 * (owned GPUs with power, plus cloud), the powered capacity the GPUs use (GW), the capacity sold under
 * resale contracts and the effective capacity left for inference (H100e), and the quarter's power bill
 * ($M). {@code ComputeRules.allocate} returns it; revenue, costs and the valuation take it as an argument,
 * so the order of the steps is in their signatures.
 */
public record Compute(double h100eOnline, double gwUsed, double resaleH100e, double inferenceH100e, long powerCostM) {
}
