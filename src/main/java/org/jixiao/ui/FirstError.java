package org.jixiao.ui;

import com.vaadin.flow.component.Component;

/**
 * After a failed save or submit, brings the first field in error into view and puts the cursor in it, so a long
 * form (40 indicators) does not leave the user hunting for the red field below the fold.
 */
public final class FirstError {
    /**
     * Runs in the browser once the round trip that marked the fields is applied; the fields reflect
     * {@code invalid} to an attribute asynchronously, hence the timeout. Document order is reading order.
     */
    private static final String JUMP = """
            const root = $0;
            setTimeout(() => {
              const field = root.querySelector('[invalid]');
              if (field) {
                field.scrollIntoView({block: 'center'});
                field.focus();
              }
            }, 50);""";

    private FirstError() {
    }

    /** Scrolls to and focuses the first invalid field inside {@code form}. */
    public static void focus(Component form) {
        form.getUI().ifPresent(ui -> ui.getPage().executeJs(JUMP, form.getElement()));
    }
}
