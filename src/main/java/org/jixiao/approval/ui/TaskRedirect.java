package org.jixiao.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.RouteParameters;
import org.jixiao.approval.ReviewService;
import org.jixiao.approval.ReviewTask;
import org.jixiao.common.ForbiddenException;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.ui.NotFoundNotice;

/**
 * Where the inbox sends a task whose work happens on its subject's own screen (a report, a self-evaluation): the
 * subject's view, which offers the task's decisions. Subclasses name the subject type and the view.
 */
public abstract class TaskRedirect extends VerticalLayout implements BeforeEnterObserver {
    private final ReviewService reviews;
    private final CurrentUser user;
    private final String subjectType;
    private final Class<? extends Component> subjectView;

    protected TaskRedirect(ReviewService reviews, CurrentUser user, String subjectType,
                           Class<? extends Component> subjectView) {
        this.reviews = reviews;
        this.user = user;
        this.subjectType = subjectType;
        this.subjectView = subjectView;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            ReviewTask task = reviews.task(event.getRouteParameters().get("taskId").orElse(""), user);
            if (!subjectType.equals(task.subjectType())) {
                throw new NotFoundException("not a " + subjectType + " task");
            }
            event.forwardTo(subjectView, new RouteParameters("id", String.valueOf(task.subjectId())));
        } catch (NotFoundException | ForbiddenException unknown) {
            add(new NotFoundNotice(getTranslation("notFound.task")));
        }
    }
}
