package org.jixiao.ui;

import com.vaadin.flow.component.Component;
import org.jixiao.org.CurrentUser;

/**
 * Something a feature puts into the shell's header beside the signed-in user (the notification bell), so the shell
 * shows it without knowing the feature. Implementations are Spring beans; {@link #create} makes one per layout.
 */
public interface NavbarWidget {
    Component create(CurrentUser user);
}
