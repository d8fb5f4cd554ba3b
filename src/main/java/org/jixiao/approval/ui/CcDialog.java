package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jixiao.approval.TaskCopies;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 抄送 (issue 13 §3) from the review screen: colleagues of the bureau who may already see the case, and a note.
 * Copying changes nothing of the task, so the screen stays. The server's mistakes show under their fields (a
 * refused person, {@code users[i]}, under the picker).
 *
 * <p>Ids: {@code cc-dialog}, {@code cc-users}, {@code cc-note}, {@code cc-confirm}.
 */
class CcDialog extends Dialog {
    private final MultiSelectComboBox<CurrentUser> users = new MultiSelectComboBox<>();
    private final TextArea note = new TextArea();

    CcDialog(TaskCopies copies, CurrentUser holder, String taskId) {
        setId("cc-dialog");
        setHeaderTitle(getTranslation("tools.cc.title"));
        setWidth("560px");
        users.setId("cc-users");
        users.setLabel(getTranslation("tools.cc.users"));
        users.setHelperText(getTranslation("tools.cc.usersHelper"));
        users.setItems(copies.candidates(taskId, holder));
        users.setItemLabelGenerator(p -> p.displayName() + "（" + p.username() + "）");
        users.setWidthFull();
        users.addValueChangeListener(e -> users.setInvalid(false));
        note.setId("cc-note");
        note.setLabel(getTranslation("tools.cc.note"));
        note.setMaxLength(Limits.OPINION);
        note.setWidthFull();
        note.addValueChangeListener(e -> note.setInvalid(false));
        Button confirm = new Button(getTranslation("tools.cc.confirm"), e -> send(copies, holder, taskId));
        confirm.setId("cc-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("tools.cancel"), e -> close());
        add(users, note);
        getFooter().add(cancel, confirm);
    }

    private void send(TaskCopies copies, CurrentUser holder, String taskId) {
        try {
            List<String> copied = copies.copy(taskId, holder,
                    users.getSelectedItems().stream().map(CurrentUser::username).toList(), note.getValue());
            close();
            Notices.success(getTranslation("tools.cc.done", String.join("、", copied)), "review-done-notification");
        } catch (ValidationException invalid) {
            List<String> unplaced = FieldErrors.place(invalid, f -> f.startsWith("users") ? users
                    : "note".equals(f) ? note : null);
            if (!unplaced.isEmpty()) {
                Notices.error(FieldErrors.summary(invalid, unplaced), "review-error-notification");
            }
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
    }
}
