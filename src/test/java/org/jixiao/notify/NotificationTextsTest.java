package org.jixiao.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** What a notice says, in the bell and in the mail, from its kind and copied texts; every kind has a label. */
class NotificationTextsTest {

    @Test
    void everyKindHasALabelInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties texts = load(bundle);
            for (NotificationKind kind : NotificationKind.values()) {
                assertThat(texts.getProperty("notify.kind." + kind.name())).as(bundle + " " + kind).isNotBlank();
            }
        }
    }

    @Test
    void theDetailNamesStepActorAndOpinionWhereThereAreSome() throws IOException {
        Properties zh = load("messages.properties");
        Notification n = new Notification();
        n.setKind(NotificationKind.RETURNED);
        n.setSubjectName("安全生产专家会诊服务费");
        assertThat(NotificationTexts.detail(n, zh::getProperty)).isEmpty();
        n.setStepName("单位负责人审核");
        n.setActorName("李负责人");
        n.setOpinion("请补充测算依据");
        n.setLocation("targets/7");
        assertThat(NotificationTexts.detail(n, zh::getProperty))
                .isEqualTo("环节：单位负责人审核；处理人：李负责人；意见：请补充测算依据");
        assertThat(NotificationTexts.body(n, zh::getProperty, "https://jx.example.gov.cn/"))
                .startsWith("已退回：安全生产专家会诊服务费\n环节：单位负责人审核；")
                .contains("查看详情：https://jx.example.gov.cn/targets/7")
                .contains("通知设置");
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Paths.get("src", "main", "resources", "i18n", name),
                StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
