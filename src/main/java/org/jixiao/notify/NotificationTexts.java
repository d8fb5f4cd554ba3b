package org.jixiao.notify;

import java.util.function.Function;

/** The one sentence a notice says, in the bell and in the mail: built from its kind and its copied texts. */
public final class NotificationTexts {

    private NotificationTexts() {
    }

    /**
     * "审核通过：安全生产专家会诊服务费" style title line's detail: the step, who, and the opinion where there is one.
     * {@code translate} resolves a message key (the caller's language).
     */
    public static String detail(Notification n, Function<String, String> translate) {
        StringBuilder text = new StringBuilder();
        if (n.getStepName() != null) {
            text.append(translate.apply("notify.step")).append(n.getStepName());
        }
        if (n.getActorName() != null) {
            text.append(text.isEmpty() ? "" : "；").append(translate.apply("notify.actor")).append(n.getActorName());
        }
        if (n.getOpinion() != null) {
            text.append(text.isEmpty() ? "" : "；").append(translate.apply("notify.opinion")).append(n.getOpinion());
        }
        return text.toString();
    }

    /** The mail body: what happened, the details, and the link into the application. */
    static String body(Notification n, Function<String, String> translate, String baseUrl) {
        String detail = detail(n, translate);
        return translate.apply("notify.kind." + n.getKind().name()) + "：" + nullToEmpty(n.getSubjectName()) + "\n"
                + (detail.isEmpty() ? "" : detail + "\n")
                + "\n" + translate.apply("notify.mail.open") + baseUrl + (n.getLocation() == null ? "" : n.getLocation())
                + "\n\n" + translate.apply("notify.mail.footer") + "\n";
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }
}
