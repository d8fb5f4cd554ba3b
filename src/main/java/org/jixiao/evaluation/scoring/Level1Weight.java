package org.jixiao.evaluation.scoring;

import java.math.BigDecimal;

/** The points of one 一级 category (产出指标 50 …), by its canonical name (see {@code Level1Names}). */
public record Level1Weight(String level1, BigDecimal weight) {
}
