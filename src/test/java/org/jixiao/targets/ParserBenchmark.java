package org.jixiao.targets;

import java.math.BigDecimal;
import org.jixiao.evaluation.scoring.ScoringRuleParser;
import org.junit.jupiter.api.Test;

/**
 * Time of both parsers over growing hostile inputs, beside a baseline in the same process (copying the text
 * through a StringBuilder, the least any reader does): linear parsers keep the ratio flat as the size grows tenfold.
 * Not part of {@code mvn verify}: {@code mvn -o -q test -Dtest=ParserBenchmark -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ParserBenchmark {

    @Test
    void printFigures() {
        String[] shapes = {"1", "1a", "1,扣", "大于等于2000人次得满分,", "每"};
        for (int warm = 0; warm < 3; warm++) {
            run(shapes, 10_000, false);
        }
        for (int size : new int[] {10_000, 100_000, 1_000_000}) {
            run(shapes, size, true);
        }
    }

    private static void run(String[] shapes, int size, boolean print) {
        for (String shape : shapes) {
            String text = shape.repeat(size / shape.length());
            long t0 = System.nanoTime();
            int sink = new StringBuilder(text).reverse().length();
            long t1 = System.nanoTime();
            IndicatorValueParser.parse(text);
            long t2 = System.nanoTime();
            ScoringRuleParser.parse(text, ValueComparator.GE, BigDecimal.TEN, "次");
            long t3 = System.nanoTime();
            if (print) {
                System.out.printf("%-28s %,9d chars: baseline %7.2f ms, value parser %8.2f ms, rule parser %8.2f ms%n",
                        "\"" + shape + "\"×", size + sink * 0, (t1 - t0) / 1e6, (t2 - t1) / 1e6, (t3 - t2) / 1e6);
            }
        }
    }
}
