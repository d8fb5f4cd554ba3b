package org.jixiao.approval.sheet;

/** The four headings a reviewer judges (审核内容, 财预〔2015〕88号), in the order of the form; key = JSON field. */
public enum Criterion {
    COMPLETENESS("completeness", "完整性", "绩效目标内容是否完整，目标是否明确、清晰"),
    RELEVANCE("relevance", "相关性", "是否与部门职能、发展规划相关，指标与目标是否关联、细化、量化"),
    APPROPRIATENESS("appropriateness", "适当性", "资金规模与目标是否匹配，目标值是否过高或过低"),
    FEASIBILITY("feasibility", "可行性", "是否经过充分论证和测算，措施是否可行，资金投入是否必要");

    private final String key;
    private final String label;
    private final String question;

    Criterion(String key, String label, String question) {
        this.key = key;
        this.label = label;
        this.question = question;
    }

    public String key() {
        return key;
    }

    public String label() {
        return label;
    }

    /** What the heading asks, as printed on the 审核表. */
    public String question() {
        return question;
    }
}
