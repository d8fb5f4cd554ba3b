package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinService;
import java.util.function.Supplier;
import org.jixiao.approval.AddedSigners;
import org.jixiao.approval.ReviewDecision;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.approval.TaskCopies;
import org.jixiao.org.CurrentUser;

/**
 * 退回到指定环节, 加签 and 抄送 on the review screen (issue 13 §3), each in its own dialog: return-to-step where the
 * task offers it (a step of a configurable chain past its first step), 加签 where a signer may still be added (or
 * who was added after this step), 抄送 on every task.
 *
 * <p>Ids: {@code reviewer-tools}, {@code tools-return-step}, {@code tools-add-signer}, {@code tools-signer-pending},
 * {@code tools-cc}.
 */
class ReviewerTools extends HorizontalLayout {

    ReviewerTools(ReviewTask task, CurrentUser user, Supplier<String> opinion) {
        setId("reviewer-tools");
        setAlignItems(FlexComponent.Alignment.BASELINE);
        AddedSigners signers = bean(AddedSigners.class);
        if (task.decisions().contains(ReviewDecision.RETURN_TO_STEP)) {
            Button back = new Button(getTranslation("tools.returnToStep"), VaadinIcon.ARROW_BACKWARD.create(),
                    e -> new ReturnToStepDialog(bean(ReviewService.class), user, task.id(), opinion.get()).open());
            back.setId("tools-return-step");
            add(back);
        }
        var waiting = signers.waitingAfter(task.id());
        if (waiting.isPresent()) {
            Paragraph pending = new Paragraph(getTranslation("tools.addSigner.pending", waiting.get().getDisplayName()));
            pending.setId("tools-signer-pending");
            add(pending);
        } else if (signers.mayAdd(task.id())) {
            Button sign = new Button(getTranslation("tools.addSigner"), VaadinIcon.USER_CARD.create(),
                    e -> new AddSignerDialog(signers, user, task.id()).open());
            sign.setId("tools-add-signer");
            add(sign);
        }
        Button cc = new Button(getTranslation("tools.cc"), VaadinIcon.ENVELOPE_O.create(),
                e -> new CcDialog(bean(TaskCopies.class), user, task.id()).open());
        cc.setId("tools-cc");
        add(cc);
    }

    /** The panel is created with {@code new} by three screens, so its services come from Spring here. */
    private static <T> T bean(Class<T> type) {
        return VaadinService.getCurrent().getInstantiator().getOrCreate(type);
    }
}
