package dev.capex.save;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.jsontype.NamedType;
import dev.capex.engine.decision.Decision;
import dev.capex.engine.levers.LeverRule;
import dev.capex.engine.levers.LeverRules;

/**
 * JSON for decisions, in plan files and saves: {"type": "orderGpus", "generation": "B200", "units": 300000}.
 * The engine's records carry no Jackson annotations (the engine imports no Jackson); this mix-in adds
 * the type discriminator from outside, and each kind's name comes from the engine's lever registry.
 */
public final class DecisionJson {
    private DecisionJson() {
    }

    // As.PROPERTY: Jackson writes "type" itself (a record's type() method is not a property, so with
    // EXISTING_PROPERTY the type was silently left out of written JSON) and consumes it when reading.
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type",
            visible = false)
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
                // Words of a vocabulary (an asset sale's mode) in any case, as the engine once matched them.
                .enable(com.fasterxml.jackson.databind.MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .enable(SerializationFeature.INDENT_OUTPUT);
        // A field or quarter given twice is refused, not silently replaced by its last value.
        m.getFactory().enable(com.fasterxml.jackson.core.JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.addMixIn(Decision.class, DecisionMixin.class);
        for (LeverRule<?, ?> r : LeverRules.ALL) {
            m.registerSubtypes(new NamedType(r.decision(), r.type()));
            m.addMixIn(r.decision(), NoDerived.class);
        }
        return m;
    }
}
