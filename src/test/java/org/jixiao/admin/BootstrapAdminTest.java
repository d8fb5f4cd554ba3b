package org.jixiao.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ThreadLocalRandom;
import org.jixiao.JixiaoApplication;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.OrgDirectory;
import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.ResponseEntity;

/**
 * Issue 11 §1: a production start (no demo) on an empty database, with and without {@code JIXIAO_ADMIN_PASSWORD}.
 * Each case starts the whole application on its own in-memory H2 database.
 */
class BootstrapAdminTest {

    static SpringApplicationBuilder app(String... properties) {
        String db = "jdbc:h2:mem:bootstrap-" + ThreadLocalRandom.current().nextInt(1_000_000) + ";DB_CLOSE_DELAY=-1";
        return new SpringApplicationBuilder(JixiaoApplication.class).web(WebApplicationType.SERVLET)
                .profiles("test-h2")
                .properties("spring.datasource.url=" + db, "server.port=0", "spring.main.banner-mode=off",
                        "jixiao.demo.enabled=false", "vaadin.devmode.devTools.enabled=false")
                .properties(properties);
    }

    @Test
    void withoutThePasswordTheApplicationRefusesToStartAndSaysWhatToSet() {
        assertThatThrownBy(() -> app().run().close())
                .hasStackTraceContaining("Set JIXIAO_ADMIN_PASSWORD")
                .hasStackTraceContaining("JIXIAO_BUREAU_NAME");
    }

    @Test
    void aWeakPasswordIsRefusedTheSameWay() {
        assertThatThrownBy(() -> app("jixiao.admin.password=1234567890").run().close())
                .hasStackTraceContaining("JIXIAO_ADMIN_PASSWORD is refused: 密码过于常见");
    }

    @Test
    void thePasswordCreatesAdminAndTheBureauOnceAndIsIgnoredAfterwards() {
        try (ConfigurableApplicationContext context = app("jixiao.admin.password=Shou-ci-qi-dong-2026",
                "jixiao.bureau.name=测试市财政局").run()) {
            CurrentUser admin = context.getBean(OrgDirectory.class).currentUser("admin").orElseThrow();
            assertThat(admin.orgName()).isEqualTo("测试市财政局");
            assertThat(admin.roles()).extracting(Enum::name).containsExactly("ADMIN");
            assertThat(context.getBean(OrgDirectory.class).all()).hasSize(1);
            String port = context.getEnvironment().getProperty("local.server.port");
            TestRestTemplate rest = new TestRestTemplate().withBasicAuth("admin", "Shou-ci-qi-dong-2026");
            ResponseEntity<String> me = rest.getForEntity("http://127.0.0.1:" + port + "/api/me", String.class);
            assertThat(me.getStatusCode().value()).isEqualTo(200);
            assertThat(me.getBody()).contains("\"passwordChangeRequired\":false").contains("测试市财政局");
            ResponseEntity<String> orgs = rest.getForEntity("http://127.0.0.1:" + port + "/api/admin/orgs", String.class);
            assertThat(orgs.getStatusCode().value()).isEqualTo(200);
            // a second run on the same database: the admin exists, the variable changes nothing
            BootstrapAdmin again = context.getBean(BootstrapAdmin.class);
            again.run(null);
            assertThat(context.getBean(OrgDirectory.class).all()).hasSize(1);
        }
    }
}
