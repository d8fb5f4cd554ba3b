package org.jixiao.evaluation.scoring;

/** A grade's budget consequence and the region's wording of it (e.g. 优 → PRIORITY, 「下年度预算优先安排」). */
public record Outcome(Recommendation recommendation, String label) {
}
