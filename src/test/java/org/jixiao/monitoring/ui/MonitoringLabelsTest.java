package org.jixiao.monitoring.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Properties;
import org.jixiao.monitoring.ReportStatus;
import org.jixiao.monitoring.MonitoringRoundStatus;
import org.jixiao.monitoring.lights.Light;
import org.junit.jupiter.api.Test;

/** The dashboard builds these keys from enum names, so MessageBundlesTest cannot see them as literals. */
class MonitoringLabelsTest {

    @Test
    void everyStatusAndLightHasALabelInBothLanguages() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties keys = load(bundle);
            for (ReportStatus status : ReportStatus.values()) {
                assertThat(keys).as(bundle).containsKey("status.MONITORING_REPORT." + status.name());
            }
            for (MonitoringRoundStatus status : MonitoringRoundStatus.values()) {
                assertThat(keys).as(bundle).containsKey("rounds.status." + status.name());
            }
            for (Light light : Light.values()) {
                assertThat(keys).as(bundle).containsKey("dashboard.light." + light.name());
            }
        }
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
