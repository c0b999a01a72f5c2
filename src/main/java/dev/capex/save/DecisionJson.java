package dev.capex.save;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.capex.engine.decision.Decision;

/**
 * JSON for decisions, in plan files and saves: {"type": "orderGpus", "generation": "B200", "units": 300000}.
 * The engine's records carry no Jackson annotations (the engine imports no Jackson); this mix-in adds
 * the type discriminator from outside.
 */
public final class DecisionJson {
    private DecisionJson() {
    }

    // As.PROPERTY: Jackson writes "type" itself (a record's type() method is not a property, so with
    // EXISTING_PROPERTY the type was silently left out of written JSON) and consumes it when reading.
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
            visible = false)
    @JsonSubTypes({
        @JsonSubTypes.Type(value = Decision.PrivateCredit.class, name = "privateCredit"),
        @JsonSubTypes.Type(value = Decision.Bond.class, name = "bond"),
        @JsonSubTypes.Type(value = Decision.EquityRaise.class, name = "equityRaise"),
        @JsonSubTypes.Type(value = Decision.AssetSale.class, name = "assetSale"),
        @JsonSubTypes.Type(value = Decision.Stake.class, name = "stake"),
        @JsonSubTypes.Type(value = Decision.Hire.class, name = "hire"),
        @JsonSubTypes.Type(value = Decision.Restructure.class, name = "restructure"),
        @JsonSubTypes.Type(value = Decision.OrderGpus.class, name = "orderGpus"),
        @JsonSubTypes.Type(value = Decision.Build.class, name = "build"),
        @JsonSubTypes.Type(value = Decision.RentCloud.class, name = "rentCloud"),
        @JsonSubTypes.Type(value = Decision.TrainingShare.class, name = "trainingShare"),
        @JsonSubTypes.Type(value = Decision.ComputeResale.class, name = "computeResale"),
        @JsonSubTypes.Type(value = Decision.RealityLabs.class, name = "realityLabs"),
        @JsonSubTypes.Type(value = Decision.Dividend.class, name = "dividend"),
        @JsonSubTypes.Type(value = Decision.Buyback.class, name = "buyback"),
        @JsonSubTypes.Type(value = Decision.Repay.class, name = "repay")
    })
    @JsonIgnoreProperties(value = {"type"}, allowGetters = true)
    abstract static class DecisionMixin {
    }

    /** Ignores the derived properties (summary, project) that records expose as methods. */
    @JsonIgnoreProperties(value = {"summary", "project"}, allowGetters = false)
    abstract static class NoDerived {
    }

    /**
     * A mapper for decisions: unknown fields are errors (a typo must not silently become zero), missing
     * fields take zero or null and the engine refuses them with a reason.
     */
    public static ObjectMapper mapper() {
        ObjectMapper m = new ObjectMapper()
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                // 100000.7 units is not 100,000 units: a fraction where a whole number belongs is refused.
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(SerializationFeature.INDENT_OUTPUT);
        // A field or quarter given twice is refused, not silently replaced by its last value.
        m.getFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.addMixIn(Decision.class, DecisionMixin.class);
        for (Class<?> c : Decision.class.getPermittedSubclasses()) {
            m.addMixIn(c, NoDerived.class);
        }
        return m;
    }
}
