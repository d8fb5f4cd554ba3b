package org.jixiao.targets.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.jixiao.approval.ProcessDiagramService;
import org.jixiao.approval.ui.HistoryTimeline;
import org.jixiao.approval.ui.ProcessDiagramPanel;
import org.jixiao.common.NotFoundException;
import org.jixiao.org.CurrentUser;
import org.jixiao.org.Role;
import org.jixiao.security.CurrentUserProvider;
import org.jixiao.approval.CaseProgress;
import org.jixiao.targets.PerformanceTarget;
import org.jixiao.targets.AttachmentService;
import org.jixiao.targets.TargetResult;
import org.jixiao.targets.TargetResults;
import org.jixiao.targets.TargetService;
import org.jixiao.targets.TargetStatus;
import org.jixiao.targets.TargetVersions;
import org.jixiao.targets.sheet.TargetImportService;
import org.jixiao.targets.sheet.TargetReviewSheets;
import org.jixiao.ui.NotFoundNotice;

/** A target read-only, with its review history (审核记录); anyone whose scope includes its unit. */
@Route("targets/:id")
@PermitAll
class TargetDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {
    private final AttachmentService attachments;
    private final TargetImportService sheets;
    private final TargetService targets;
    private final TargetVersions versions;
    private final ObjectProvider<TargetResults> results;
    private final ProcessDiagramService diagrams;
    private final CurrentUser user;
    private final TargetReviewSheets reviewSheets;
    private final CaseProgress progress;
    private PerformanceTarget target;

    public TargetDetailView(TargetService targets, TargetVersions versions, AttachmentService attachments,
                            TargetImportService sheets,
                            ObjectProvider<TargetResults> results, ProcessDiagramService diagrams,
                            CurrentUserProvider currentUser, TargetReviewSheets reviewSheets, CaseProgress progress) {
        this.diagrams = diagrams;
        this.reviewSheets = reviewSheets;
        this.progress = progress;
        this.sheets = sheets;
        this.attachments = attachments;
        this.results = results;
        this.targets = targets;
        this.versions = versions;
        this.user = currentUser.require();
        setWidthFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        target = null;
        try {
            target = targets.get(user, Long.valueOf(event.getRouteParameters().get("id").orElse("")));
        } catch (NotFoundException | NumberFormatException unknown) {
            add(new NotFoundNotice(getTranslation("notFound.target")));
            return;
        }
        Button back = new Button(getTranslation("editor.back"), VaadinIcon.ARROW_LEFT.create(),
                e -> UI.getCurrent().navigate("targets"));
        back.setId("target-back");
        back.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Span status = new Span(getTranslation("status." + target.getStatus().name()));
        status.setId("target-status");
        status.getElement().getThemeList().add("badge");
        if (target.getStatus() == TargetStatus.APPROVED) {
            status.getElement().getThemeList().add("success");
        } else if (target.getStatus() == TargetStatus.RETURNED || target.getStatus() == TargetStatus.REJECTED) {
            status.getElement().getThemeList().add("error");
        }
        Div spacer = new Div();
        HorizontalLayout actions = new HorizontalLayout(back, status, spacer);
        actions.setAlignItems(FlexComponent.Alignment.CENTER);
        actions.setWidthFull();
        actions.expand(spacer);
        if (user.hasRole(Role.STAFF) && Objects.equals(user.orgId(), target.getUnitId())) {
            boolean editable = target.getStatus().editable();
            Button open = new Button(getTranslation(editable ? "detail.edit" : "detail.openInEditor"),
                    VaadinIcon.EDIT.create(), e -> UI.getCurrent().navigate("targets/" + target.getId() + "/edit"));
            open.setId("target-edit");
            if (editable) {
                open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            actions.add(open);
            if (target.getStatus() == TargetStatus.APPROVED) {
                actions.add(adjustButton());
            }
            if (target.getStatus() == TargetStatus.REJECTED) {
                actions.add(copyButton());
            }
        }
        actions.add(exportLink());
        add(actions);
        resultBanner();
        AdjustmentBanner.addTo(this, target);
        add(new TargetSummary(target), new AttachmentsPanel(attachments, user, target.getId(), false));
        var lineage = versions.versions(user, target.getId());
        if (lineage.size() > 1) {
            add(new VersionsPanel(versions, user, target, lineage));
        }
        add(new ReviewSheetSection(reviewSheets, user, target.getId()),
                new HistoryTimeline(progress.of(user, TargetService.SUBJECT_TYPE, target.getId())),
                new ProcessDiagramPanel(diagrams, user, TargetService.SUBJECT_TYPE, target.getId()));
    }

    /** A rejected target is final; applying again starts from a copy (a new draft of the same content). */
    private Button copyButton() {
        Button copy = new Button(getTranslation("sheet.copyRejected"), VaadinIcon.COPY.create(), e -> {
            PerformanceTarget draft = targets.copy(user, target.getId(), null);
            UI.getCurrent().navigate("targets/" + draft.getId() + "/edit");
        });
        copy.setId("target-copy");
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.setDisableOnClick(true);
        return copy;
    }

    /** 结果应用: the latest approved self-evaluation's final grade and what it means for the next budget. */
    private void resultBanner() {
        TargetResults source = results.getIfAvailable();
        TargetResult result = source == null ? null : source.latest(target.getId()).orElse(null);
        if (result == null) {
            return;
        }
        Span text = new Span(getTranslation("detail.result", String.valueOf(result.fiscalYear()),
                result.total() == null ? "—" : result.total().toPlainString(), Objects.toString(result.grade(), "—"),
                Objects.toString(result.recommendationLabel(), "—")));
        Div banner = new Div(VaadinIcon.CHART.create(), text);
        banner.setId("target-result");
        banner.getStyle().set("display", "flex").set("gap", "var(--lumo-space-s)").set("align-items", "center")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("background", "var(--lumo-primary-color-10pct)").set("border-radius", "var(--lumo-border-radius-m)");
        add(banner);
    }

    /** 申请调整, or back to the adjustment already under way (one at a time per target). */
    /** 导出: the official layout it can be imported from; scope is checked again when the file is fetched. */
    private Anchor exportLink() {
        Long id = target.getId();
        String name = getTranslation("export.fileName", target.getName()) + ".xlsx";
        Anchor link = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] content = sheets.export(user, id);
            return new DownloadResponse(new ByteArrayInputStream(content), name,
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", content.length);
        }), AttachmentType.DOWNLOAD, "");
        link.setId("target-export");
        Button button = new Button(getTranslation("export.button"), VaadinIcon.DOWNLOAD.create());
        button.setTabIndex(-1);
        link.add(button);
        return link;
    }

    private Button adjustButton() {
        var open = versions.openAdjustment(user, target.getId());
        Button adjust = open.isPresent()
                ? new Button(getTranslation("adjust.continue"), VaadinIcon.EDIT.create(),
                        e -> UI.getCurrent().navigate("targets/" + open.get() + "/edit"))
                : new Button(getTranslation("adjust.request"), VaadinIcon.EXCHANGE.create(),
                        e -> UI.getCurrent().navigate("targets/" + target.getId() + "/adjust"));
        adjust.setId("target-adjust");
        return adjust;
    }

    @Override
    public String getPageTitle() {
        return target == null ? getTranslation("detail.title") : getTranslation("detail.titleOf", target.getName());
    }
}
