package org.jixiao.targets;

/** 指标性质 of a quantitative indicator. Qualitative (定性) indicators carry no comparator. */
public enum ValueComparator {
    GE("≥"), LE("≤"), EQ("="), GT(">"), LT("<");

    private final String symbol;

    ValueComparator(String symbol) {
        this.symbol = symbol;
    }

    public String symbol() {
        return symbol;
    }

    /** Higher is better for ≥ and >; lower is better for ≤ and <. */
    public boolean higherIsBetter() {
        return this == GE || this == GT;
    }

    public boolean lowerIsBetter() {
        return this == LE || this == LT;
    }
}
