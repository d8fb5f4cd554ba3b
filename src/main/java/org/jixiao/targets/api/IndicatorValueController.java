package org.jixiao.targets.api;

import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import org.jixiao.common.Limits;
import org.jixiao.targets.ValueComparator;
import org.jixiao.targets.IndicatorValue;
import org.jixiao.targets.IndicatorValueParser;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
class IndicatorValueController {

    record ParseRequest(String text) {
    }

    record ParseResult(ValueComparator comparator, BigDecimal value, String unit, boolean qualitative,
                       boolean recognized, String problem) {
    }

    @PostMapping("/api/indicator-values/parse")
    @Operation(summary = "Read an indicator value text (e.g. \"≥ 95%\", \"不少于4次\", \"按时完成\")")
    ParseResult parse(@RequestBody ParseRequest request) {
        String text = request == null ? null : request.text();
        Limits.requireText("text", "指标值", text, Limits.VALUE_TEXT);
        IndicatorValue v = IndicatorValueParser.parse(text);
        return new ParseResult(v.comparator(), v.value() == null ? null : v.value().stripTrailingZeros(), v.unit(),
                v.qualitative(), v.recognized(), v.problem());
    }
}
