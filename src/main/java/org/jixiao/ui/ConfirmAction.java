package org.jixiao.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asks before an irreversible action (submit, open a round, batch approve), saying what will happen; the action
 * runs only on 确定. One dialog for the whole app so every confirmation looks and reads the same, and browser tests
 * find it by its id {@code confirm-action}.
 */
public final class ConfirmAction {
    private ConfirmAction() {
    }

    /**
     * @param title   i18n key of the header
     * @param text    the consequence, already translated (e.g. "将为 12 个项目生成监控报告")
     * @param confirm i18n key of the confirm button
     */
    public static void ask(String title, String text, String confirm, Runnable action) {
        UI ui = UI.getCurrent();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("confirm-action");
        dialog.setHeader(ui.getTranslation(title));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(ui.getTranslation("confirm.cancel"));
        dialog.setConfirmText(ui.getTranslation(confirm));
        dialog.addConfirmListener(e -> action.run());
        dialog.open();
    }
}
