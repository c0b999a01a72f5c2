package dev.capex.engine.model;

/** A figure an event card's condition reads. Spelled as in scenario files. */
public enum ConditionMetric {
    metaRank, netLeverage, stars, stakesHeld, capexToRevenue, quarterIndex, gpusOnline
}
