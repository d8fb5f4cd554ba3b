package org.jixiao.evaluation.scoring;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * The text work of {@link ScoringRuleParser} before any clause is read: normalising what people type and cutting
 * the rule into clauses, in one bounded pass.
 */
final class RuleText {
    private static final int MAX_CLAUSE = ScoringRuleParser.MAX_CLAUSE;
    private static final int MAX_CLAUSES = ScoringRuleParser.MAX_CLAUSES;

    private RuleText() {
    }

    /**
     * Splits at , ; 。 and joins a "扣…" clause to the one before, in one pass; stops after
     * {@link ScoringRuleParser#MAX_CLAUSES} + 1 clauses (the caller refuses that many), so the work never depends on
     * how much text follows.
     */
    static List<String> clauses(String text) {
        List<StringBuilder> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length() && out.size() <= MAX_CLAUSES; i++) {
            if (i < text.length() && ",;。".indexOf(text.charAt(i)) < 0) {
                continue;
            }
            String raw = text.substring(start, Math.min(i, start + MAX_CLAUSE + 1));
            start = i + 1;
            if (raw.isEmpty()) {
                continue;
            }
            if (raw.startsWith("扣") && !ScoringRuleParser.FLOOR.matcher(raw).matches() && !out.isEmpty()) {
                StringBuilder last = out.get(out.size() - 1);
                if (last.length() <= MAX_CLAUSE) {
                    last.append(',').append(raw);
                }
            } else {
                out.add(new StringBuilder(raw));
            }
        }
        return out.stream().map(b -> b.length() > MAX_CLAUSE ? b.substring(0, MAX_CLAUSE + 1) : b.toString()).toList();
    }

    /** Full-width to ASCII (＞, ％, ，), quotes and all whitespace out. */
    static String normalize(String s) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        n = n.replace('％', '%').replace('、', ',');
        return n.replaceAll("[\\s\\u00A0\\u3000“”\"'‘’「」]+", "");
    }

    /** How often {@code word} occurs in {@code text}. */
    static int count(String text, String word) {
        int n = 0;
        for (int i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
            n++;
        }
        return n;
    }
}
