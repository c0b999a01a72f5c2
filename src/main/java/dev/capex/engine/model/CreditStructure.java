package dev.capex.engine.model;

/** How a private credit lender lends: to Meta (on balance sheet) or to a project SPV. Spelled as in scenario files. */
public enum CreditStructure {
    corporate, project
}
