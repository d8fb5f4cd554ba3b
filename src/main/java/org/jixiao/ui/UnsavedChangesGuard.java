package org.jixiao.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Nothing is lost by accident: once the user has changed a field of a form, leaving it asks first — in the app
 * (the view passes its {@link BeforeLeaveEvent} here, which is postponed behind a ConfirmDialog) and on browser
 * close or reload (a {@code beforeunload} handler, installed only while there are unsaved edits, so a clean form
 * never nags). The view calls {@link #saved()} after every successful save or submit.
 *
 * <p>Edits are noticed from the DOM: {@code change} events of the fields bubble to the form's root, so rows added
 * later (indicators) are covered without registering each field; the browser also arms {@code beforeunload} on the
 * first keystroke, before the field is left.
 */
public final class UnsavedChangesGuard {
    /** Installs or removes the page's beforeunload handler; one handler per page, whichever form set it. */
    private static final String UNLOAD = """
            if ($0) {
              if (!window.jixiaoUnsaved) {
                window.jixiaoUnsaved = e => { e.preventDefault(); e.returnValue = ''; };
                window.addEventListener('beforeunload', window.jixiaoUnsaved);
              }
            } else if (window.jixiaoUnsaved) {
              window.removeEventListener('beforeunload', window.jixiaoUnsaved);
              window.jixiaoUnsaved = null;
            }""";

    private final Component form;
    private boolean dirty;

    /** Watches every field inside {@code form} (the view itself, typically). */
    public UnsavedChangesGuard(Component form) {
        this.form = form;
        // an uploaded attachment is stored at once, so choosing a file is no unsaved edit
        form.getElement().addEventListener("change", e -> edited()).setFilter("event.target.type !== 'file'");
        form.addAttachListener(e -> e.getUI().getPage().executeJs(
                "const f = $0; f.addEventListener('input', () => { " + UNLOAD.replace("$0", "true")
                        + " });", form.getElement()));
        form.addDetachListener(e -> unload(false));
    }

    public boolean dirty() {
        return dirty;
    }

    /** The form now matches what is stored: leaving is free again. */
    public void saved() {
        dirty = false;
        unload(false);
    }

    private void edited() {
        if (!dirty) {
            dirty = true;
            unload(true);
        }
    }

    /** For the view's {@code beforeLeave}: with unsaved edits, asks whether to leave and lose them. */
    public void beforeLeave(BeforeLeaveEvent event) {
        if (!dirty) {
            return;
        }
        BeforeLeaveEvent.ContinueNavigationAction leave = event.postpone();
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("unsaved-confirm");
        dialog.setHeader(form.getTranslation("unsaved.title"));
        dialog.setText(form.getTranslation("unsaved.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(form.getTranslation("unsaved.stay"));
        dialog.setConfirmText(form.getTranslation("unsaved.leave"));
        dialog.setConfirmButtonTheme("error primary");
        // the browser already shows the address clicked; staying puts this form's address back, or clicking the
        // same link again would be a no-op for the client router and never ask
        com.vaadin.flow.router.Location here = event.getUI().getInternals().getActiveViewLocation();
        // cancel() also ends the postponed navigation: left pending, the router ignores the next link clicked
        dialog.addCancelListener(e -> {
            leave.cancel();
            event.getUI().getPage().getHistory().replaceState(null, here);
        });
        dialog.addConfirmListener(e -> {
            saved();
            leave.proceed();
        });
        dialog.open();
    }

    private void unload(boolean armed) {
        form.getUI().ifPresent(ui -> ui.getPage().executeJs(UNLOAD, armed));
    }
}
