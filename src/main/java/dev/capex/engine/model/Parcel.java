package dev.capex.engine.model;

/** Land and construction in progress held for sale. */
public record Parcel(String id, String name, long bookValueM) {
}
