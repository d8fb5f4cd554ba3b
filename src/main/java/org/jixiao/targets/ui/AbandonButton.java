package org.jixiao.targets.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.icon.VaadinIcon;

/** 放弃调整: deletes the adjustment draft after a confirmation; the version in force stays as it is. */
class AbandonButton extends Button {

    AbandonButton(Runnable abandon) {
        super(VaadinIcon.TRASH.create());
        setText(getTranslation("adjust.abandon"));
        setId("target-abandon");
        addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        addClickListener(e -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("abandon-confirm");
            confirm.setHeader(getTranslation("adjust.abandonTitle"));
            confirm.setText(getTranslation("adjust.abandonText"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("adjust.cancel"));
            confirm.setConfirmText(getTranslation("adjust.abandon"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(c -> abandon.run());
            confirm.open();
        });
    }
}
