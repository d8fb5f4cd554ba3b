package org.jixiao.approval.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import org.jixiao.approval.Deputies;
import org.jixiao.approval.Deputy;
import org.jixiao.common.ConflictException;
import org.jixiao.common.ValidationException;
import org.jixiao.org.CandidateGroups;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.PeopleDirectory;
import org.jixiao.org.Roster;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.ui.FieldErrors;
import org.jixiao.ui.Notices;

/**
 * 我的代理 (issue 13 §3): the signed-in user names a deputy for an absence. The picker offers only colleagues who hold
 * all the user's review posts; the dates are bounded as the service bounds them. Ids: {@code deputy-user},
 * {@code deputy-from}, {@code deputy-to}, {@code deputy-save}, {@code deputy-clear}, {@code deputy-current}.
 */
@Route("me/deputy")
@PermitAll
public class DeputyView extends VerticalLayout implements HasDynamicTitle {
    private final Deputies deputies;
    private final CurrentUser user;
    private final ComboBox<Roster.Person> deputy = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Paragraph current = new Paragraph();
    private final java.util.List<Roster.Person> allowed;

    public DeputyView(Deputies deputies, PeopleDirectory people, CurrentUserProvider currentUser) {
        this.deputies = deputies;
        this.user = currentUser.require();
        setMaxWidth("640px");
        java.util.List<String> posts = CandidateGroups.of(user);
        deputy.setId("deputy-user");
        deputy.setLabel(getTranslation("deputy.user"));
        deputy.setHelperText(getTranslation("deputy.userHelper"));
        allowed = posts.isEmpty() ? java.util.List.of() : people.roster().people().stream()
                .filter(p -> !p.username().equals(user.username()) && p.groupIds().containsAll(posts)).toList();
        deputy.setItems(allowed);
        deputy.setItemLabelGenerator(p -> p.displayName() + "（" + p.username() + "）");
        deputy.setWidthFull();
        from.setId("deputy-from");
        from.setLabel(getTranslation("deputy.from"));
        to.setId("deputy-to");
        to.setLabel(getTranslation("deputy.to"));
        from.setMin(deputies.today());
        to.setMin(deputies.today());
        to.setHelperText(getTranslation("deputy.toHelper", Deputies.MAX_DAYS));
        from.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                to.setMin(e.getValue());
                to.setMax(e.getValue().plusDays(Deputies.MAX_DAYS - 1));
            }
        });
        Button save = new Button(getTranslation("deputy.save"), e -> save());
        save.setId("deputy-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button clear = new Button(getTranslation("deputy.clear"), e -> clear());
        clear.setId("deputy-clear");
        current.setId("deputy-current");
        add(new H2(getTranslation("deputy.title")), new Paragraph(getTranslation("deputy.intro")), current, deputy,
                new HorizontalLayout(from, to), new HorizontalLayout(save, clear));
        show(deputies.of(user).orElse(null));
    }

    private void save() {
        deputy.setInvalid(false);
        from.setInvalid(false);
        to.setInvalid(false);
        try {
            Deputy saved = deputies.set(user, deputy.getValue() == null ? null : deputy.getValue().username(),
                    from.getValue(), to.getValue());
            Notices.success(getTranslation("deputy.saved"), "deputy-saved-notification");
            show(saved);
        } catch (ValidationException invalid) {
            Map<String, com.vaadin.flow.component.HasValidation> fields = Map.of("deputy", deputy, "from", from,
                    "to", to);
            FieldErrors.place(invalid, fields::get);
        } catch (ConflictException raced) {
            Notices.error(raced.getMessage(), "deputy-error-notification");
        }
    }

    private void clear() {
        deputies.clear(user);
        deputy.clear();
        from.clear();
        to.clear();
        show(null);
    }

    private void show(Deputy setting) {
        current.setText(setting == null ? getTranslation("deputy.none")
                : getTranslation(setting.covers(deputies.today()) ? "deputy.active" : "deputy.planned",
                        nameOf(setting.deputyUsername()), setting.startsOn().toString(), setting.endsOn().toString()));
        if (setting != null) {
            allowed.stream().filter(p -> p.username().equals(setting.deputyUsername())).findFirst()
                    .ifPresent(deputy::setValue);
            from.setValue(setting.startsOn());
            to.setValue(setting.endsOn());
        }
    }

    private String nameOf(String username) {
        return allowed.stream().filter(p -> p.username().equals(username)).map(Roster.Person::displayName)
                .findFirst().orElse(username);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("deputy.title");
    }
}
