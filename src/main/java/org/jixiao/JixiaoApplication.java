package org.jixiao;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.PWA;
import com.vaadin.flow.theme.Theme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Jixiao (绩效): lifecycle of public-budget performance targets. */
@SpringBootApplication
@Theme("jixiao")
@PWA(name = "Jixiao 绩效", shortName = "绩效")
public class JixiaoApplication implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(JixiaoApplication.class, args);
    }
}
