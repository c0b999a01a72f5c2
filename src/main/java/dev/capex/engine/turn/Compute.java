package dev.capex.engine.turn;

/**
 * What step 5 (compute) works out for the quarter and the later steps read: the H100-equivalents online
 * (owned GPUs with power, plus cloud), the powered capacity the GPUs use (GW), the capacity sold under
 * resale contracts and the effective capacity left for inference (H100e), and the quarter's power bill
 * ($M). {@code ComputeRules.allocate} returns it; revenue, costs and the valuation take it as an argument,
 * so the order of the steps is in their signatures. One per working state, written again each quarter by
 * step 5 ({@link Turn#compute}): read it within the quarter, do not keep it.
 */
public final class Compute {
    private double h100eOnline;
    private double gwUsed;
    private double resaleH100e;
    private double inferenceH100e;
    private long powerCostM;

    Compute() {
    }

    /** Step 5's figures for this quarter. */
    public Compute set(double h100eOnline, double gwUsed, double resaleH100e, double inferenceH100e, long powerCostM) {
        this.h100eOnline = h100eOnline;
        this.gwUsed = gwUsed;
        this.resaleH100e = resaleH100e;
        this.inferenceH100e = inferenceH100e;
        this.powerCostM = powerCostM;
        return this;
    }

    public double h100eOnline() {
        return h100eOnline;
    }

    public double gwUsed() {
        return gwUsed;
    }

    public double resaleH100e() {
        return resaleH100e;
    }

    public double inferenceH100e() {
        return inferenceH100e;
    }

    public long powerCostM() {
        return powerCostM;
    }

    @Override
    public String toString() {
        return "Compute[h100eOnline=" + h100eOnline + ", gwUsed=" + gwUsed + ", resaleH100e=" + resaleH100e
                + ", inferenceH100e=" + inferenceH100e + ", powerCostM=" + powerCostM + "]";
    }
}
