package org.jixiao.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class BarChartTest {
    private static final List<BarChart.Bar> BARS = List.of(
            new BarChart.Bar("红灯", 4, "#e53935"), new BarChart.Bar("黄灯", 2, "#f9a825"),
            new BarChart.Bar("绿灯", 0, "#43a047"), new BarChart.Bar("蓝灯", 1, "#1e88e5"));

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<Element> byClass(Document doc, String tag, String cssClass) {
        NodeList nodes = doc.getElementsByTagName(tag);
        List<Element> result = new java.util.ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            Element e = (Element) nodes.item(i);
            if (cssClass.equals(e.getAttribute("class"))) {
                result.add(e);
            }
        }
        return result;
    }

    @Test
    void oneBarPerLightInItsColourWithLabelAndCountAndHeightsProportional() throws Exception {
        Document doc = parse(BarChart.svg(BARS, "预警灯分布"));
        assertThat(doc.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(doc.getDocumentElement().getAttribute("aria-label")).isEqualTo("预警灯分布");

        List<Element> bars = byClass(doc, "rect", "bar");
        assertThat(bars).extracting(b -> b.getAttribute("fill")).containsExactly("#e53935", "#f9a825", "#43a047", "#1e88e5");
        List<Integer> heights = bars.stream().map(b -> Integer.parseInt(b.getAttribute("height"))).toList();
        assertThat(heights.get(0)).isEqualTo(2 * heights.get(1)).isEqualTo(4 * heights.get(3));
        assertThat(heights.get(2)).isZero();
        assertThat(byClass(doc, "text", "label")).extracting(Element::getTextContent)
                .containsExactly("红灯", "黄灯", "绿灯", "蓝灯");
        assertThat(byClass(doc, "text", "count")).extracting(Element::getTextContent)
                .containsExactly("4", "2", "0", "1");
        int baseline = Integer.parseInt(bars.get(0).getAttribute("y")) + heights.get(0);
        assertThat(bars).allSatisfy(b -> assertThat(Integer.parseInt(b.getAttribute("y"))
                + Integer.parseInt(b.getAttribute("height"))).isEqualTo(baseline));
        assertThat(heights.get(0)).isLessThanOrEqualTo(BarChart.HEIGHT);
    }

    @Test
    void noReportsYetDrawsEmptyBarsAndOneReportIsStillVisible() throws Exception {
        List<BarChart.Bar> none = BARS.stream().map(b -> new BarChart.Bar(b.label(), 0, b.colour())).toList();
        assertThat(byClass(parse(BarChart.svg(none, "t")), "rect", "bar"))
                .allSatisfy(b -> assertThat(b.getAttribute("height")).isEqualTo("0"));

        List<BarChart.Bar> skewed = List.of(new BarChart.Bar("红", 100000, "red"), new BarChart.Bar("蓝", 1, "blue"));
        List<Element> bars = byClass(parse(BarChart.svg(skewed, "t")), "rect", "bar");
        assertThat(Integer.parseInt(bars.get(1).getAttribute("height"))).isPositive();
    }

    @Test
    void labelsAreEscaped() throws Exception {
        String svg = BarChart.svg(List.of(new BarChart.Bar("<b>&\"'", 1, "red")), "a<b");
        Document doc = parse(svg);
        assertThat(byClass(doc, "text", "label").get(0).getTextContent()).isEqualTo("<b>&\"'");
        assertThat(svg).doesNotContain("<b>");
    }

    @Test
    void horizontalBarsAreProportionalToTheirValueOutOf100() {
        String svg = BarChart.horizontal(java.util.List.of(new BarChart.Value("应急管理局", new java.math.BigDecimal("90")),
                new BarChart.Value("教育局", new java.math.BigDecimal("45")), new BarChart.Value("未报送<部门>", null)), 100,
                "平均分");
        java.util.regex.Matcher widths = java.util.regex.Pattern.compile("class=\"bar\" x=\"\\d+\" y=\"\\d+\" width=\"(\\d+)\"")
                .matcher(svg);
        java.util.List<Integer> w = new java.util.ArrayList<>();
        while (widths.find()) {
            w.add(Integer.parseInt(widths.group(1)));
        }
        org.assertj.core.api.Assertions.assertThat(w).hasSize(3);
        org.assertj.core.api.Assertions.assertThat(w.get(0)).isEqualTo(2 * w.get(1));
        org.assertj.core.api.Assertions.assertThat(w.get(2)).isZero();
        org.assertj.core.api.Assertions.assertThat(svg).contains("90.00", "45.00", "—", "未报送&lt;部门&gt;");
    }
}
