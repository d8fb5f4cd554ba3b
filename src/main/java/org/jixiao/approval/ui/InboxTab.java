package org.jixiao.approval.ui;

import com.vaadin.flow.component.Component;
import org.jixiao.org.CurrentUser;

/**
 * A further tab of 待办 contributed by another feature (抄送我的), beside 待办 and 已办, so this package needs no
 * knowledge of it. Implementations are Spring beans; the content is made when the tab is first chosen and made
 * afresh each time it is chosen again, so it always shows the current rows.
 */
public interface InboxTab {
    /** The element id of the tab, e.g. {@code inbox-tab-cc}. */
    String id();

    /** The message key of its label. */
    String labelKey();

    Component create(CurrentUser user);
}
