package org.jixiao.approval.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.util.function.Supplier;
import org.jixiao.approval.TaskHandovers;
import org.jixiao.approval.TaskHolding;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Roster;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 转办 / 委派 / 交回 on the review screen (issue 13 §3). The picker offers only the users who could hold the step;
 * the panel's opinion is the transfer's or delegation's note and the hand-back's opinion. While a task is delegated
 * the delegate sees only 交回 and the delegator only who has it, since neither may decide it then.
 *
 * <p>Ids: {@code handover-user}, {@code handover-transfer}, {@code handover-delegate}, {@code handover-resolve},
 * {@code handover-delegated}.
 */
class HandoverTools extends HorizontalLayout {

    /** What the tools need of the decision panel: to hide its decisions, read its opinion and leave. */
    interface Host {
        void hideDecisions();

        String opinion();

        com.vaadin.flow.component.HasValidation opinionField();
    }

    HandoverTools(TaskHandovers handovers, CurrentUser user, String taskId, Host host) {
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setId("handover-tools");
        TaskHolding holding = handovers.holdingOf(taskId).orElse(null);
        if (holding != null && holding.delegated()) {
            host.hideDecisions();
            if (user.username().equals(holding.owner())) {
                Paragraph waiting = new Paragraph(getTranslation("handover.delegatedWaiting"));
                waiting.setId("handover-delegated");
                add(waiting);
            } else {
                Button resolve = new Button(getTranslation("handover.resolve"), VaadinIcon.ARROW_BACKWARD.create(),
                        e -> run(() -> handovers.resolve(taskId, user, host.opinion()), "handover.resolved", host,
                                null));
                resolve.setId("handover-resolve");
                resolve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                resolve.setDisableOnClick(true);
                add(new Paragraph(getTranslation("handover.delegatedToMe")), resolve);
            }
            return;
        }
        ComboBox<Roster.Person> to = new ComboBox<>(getTranslation("handover.user"));
        to.setId("handover-user");
        to.setItems(handovers.candidates(taskId, user));
        to.setItemLabelGenerator(p -> p.displayName() + "（" + p.username() + "）");
        to.setHelperText(getTranslation("handover.userHelper"));
        to.setWidth("320px");
        Button transfer = new Button(getTranslation("handover.transfer"), VaadinIcon.EXCHANGE.create(),
                e -> send(to, () -> handovers.transfer(taskId, user, name(to), host.opinion()), "handover.transferred",
                        host));
        transfer.setId("handover-transfer");
        Button delegate = new Button(getTranslation("handover.delegate"), VaadinIcon.USER_CHECK.create(),
                e -> send(to, () -> handovers.delegate(taskId, user, name(to), host.opinion()), "handover.delegated",
                        host));
        delegate.setId("handover-delegate");
        add(to, transfer, delegate);
    }

    private static String name(ComboBox<Roster.Person> to) {
        return to.getValue() == null ? null : to.getValue().username();
    }

    private void send(ComboBox<Roster.Person> to, Runnable action, String doneKey, Host host) {
        if (to.getValue() == null) {
            to.setErrorMessage(getTranslation("handover.userRequired"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        run(action, doneKey, host, to);
    }

    private void run(Runnable action, String doneKey, Host host, ComboBox<Roster.Person> to) {
        try {
            action.run();
            Notices.success(getTranslation(doneKey), "review-done-notification");
            UI.getCurrent().navigate("inbox");
        } catch (ValidationException invalid) {
            // the recipient's mistakes under the picker, the text's under the opinion
            FieldErrors.place(invalid, field -> "toUser".equals(field) && to != null ? to : host.opinionField());
        } catch (ConflictException | ForbiddenException | NotFoundException gone) {
            Notices.error(gone.getMessage(), "review-error-notification");
        }
        getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> b.setEnabled(true));
    }

    /** The tools as a bean-backed component (the panel is created with {@code new} by three screens). */
    static Supplier<TaskHandovers> bean() {
        return () -> com.vaadin.flow.server.VaadinService.getCurrent().getInstantiator()
                .getOrCreate(TaskHandovers.class);
    }
}
