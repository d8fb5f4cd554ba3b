package org.jixiao.notify;

import org.springframework.boot.autoconfigure.mail.MailProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The mail sender from the usual {@code spring.mail.*} settings, there even while mail is off (Boot only makes one
 * when {@code spring.mail.host} is set), so switching {@code jixiao.mail.enabled} on needs nothing else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailProperties.class)
class MailConfig {

    @Bean
    JavaMailSenderImpl mailSender(MailProperties properties) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(properties.getHost() == null ? "localhost" : properties.getHost());
        if (properties.getPort() != null) {
            sender.setPort(properties.getPort());
        }
        sender.setUsername(properties.getUsername());
        sender.setPassword(properties.getPassword());
        sender.setProtocol(properties.getProtocol());
        sender.setDefaultEncoding(properties.getDefaultEncoding() == null ? "UTF-8"
                : properties.getDefaultEncoding().name());
        sender.getJavaMailProperties().putAll(properties.getProperties());
        // a dead server must fail an attempt in seconds, not hang the mail thread
        sender.getJavaMailProperties().putIfAbsent("mail.smtp.connectiontimeout", "5000");
        sender.getJavaMailProperties().putIfAbsent("mail.smtp.timeout", "10000");
        sender.getJavaMailProperties().putIfAbsent("mail.smtp.writetimeout", "10000");
        return sender;
    }
}
