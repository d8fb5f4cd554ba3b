package org.jixiao.approval.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import org.jixiao.approval.AddedSigners;
import org.jixiao.approval.chain.AddedSigner;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.Limits;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 加签 (issue 13 §3): the holder picks a reviewer who may see the case, before or after this step, with a note. A
 * signer before the step takes the case now (back to 待办); a signer after it waits until the holder approves, so
 * the screen stays. The server's mistakes show under their fields.
 *
 * <p>Ids: {@code signer-dialog}, {@code signer-user}, {@code signer-position}, {@code signer-note},
 * {@code signer-confirm}.
 */
class AddSignerDialog extends Dialog {
    private final ComboBox<CurrentUser> user = new ComboBox<>();
    private final RadioButtonGroup<String> position = new RadioButtonGroup<>();
    private final TextArea note = new TextArea();

    AddSignerDialog(AddedSigners signers, CurrentUser holder, String taskId) {
        setId("signer-dialog");
        setHeaderTitle(getTranslation("tools.addSigner.title"));
        setWidth("600px");
        user.setId("signer-user");
        user.setLabel(getTranslation("tools.addSigner.user"));
        user.setHelperText(getTranslation("tools.addSigner.userHelper"));
        user.setItems(signers.candidates(taskId, holder));
        user.setItemLabelGenerator(p -> p.displayName() + "（" + p.username() + "）");
        user.setWidthFull();
        user.addValueChangeListener(e -> user.setInvalid(false));
        position.setId("signer-position");
        position.setLabel(getTranslation("tools.addSigner.position"));
        position.setItems(AddedSigner.BEFORE, AddedSigner.AFTER);
        position.setItemLabelGenerator(p -> getTranslation("tools.addSigner." + p));
        position.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        position.addValueChangeListener(e -> position.setInvalid(false));
        note.setId("signer-note");
        note.setLabel(getTranslation("tools.addSigner.note"));
        note.setMaxLength(Limits.OPINION);
        note.setWidthFull();
        note.addValueChangeListener(e -> note.setInvalid(false));
        Button confirm = new Button(getTranslation("tools.addSigner.confirm"), e -> send(signers, holder, taskId));
        confirm.setId("signer-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("tools.cancel"), e -> close());
        add(user, position, note);
        getFooter().add(cancel, confirm);
    }

    private void send(AddedSigners signers, CurrentUser holder, String taskId) {
        try {
            AddedSigner added = signers.add(taskId, holder, user.getValue() == null ? null : user.getValue().username(),
                    position.getValue(), note.getValue());
            close();
            Notices.success(getTranslation(added.before() ? "tools.addSigner.doneBefore" : "tools.addSigner.doneAfter",
                    added.getDisplayName()), "review-done-notification");
            if (added.before()) {
                UI.getCurrent().navigate("inbox");
            } else {
                UI.getCurrent().getPage().reload();
            }
        } catch (ValidationException invalid) {
            List<String> unplaced = FieldErrors.place(invalid, f -> switch (f) {
                case "user" -> user;
                case "position" -> position;
                case "note" -> note;
                default -> null;
            });
            if (!unplaced.isEmpty()) {
                Notices.error(FieldErrors.summary(invalid, unplaced), "review-error-notification");
            }
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
    }
}
