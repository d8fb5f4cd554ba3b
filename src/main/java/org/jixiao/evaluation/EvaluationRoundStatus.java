package org.jixiao.evaluation;

/** Where an evaluation round stands: self-evaluations being created (OPENING), open, closed. */
public enum EvaluationRoundStatus {
    OPENING, OPEN, CLOSED
}
