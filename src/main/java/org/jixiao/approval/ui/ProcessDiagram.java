package org.jixiao.approval.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.Collection;

/**
 * The web component of {@code frontend/src/jixiao-process-diagram.js}: bpmn-js's NavigatedViewer drawing a deployed
 * process with the current activities highlighted and the passed ones marked. It knows nothing of our processes; the
 * caller hands it the XML and activity ids it read through the scope-checked diagram service. Adding the npm package
 * is why {@code src/main/bundles/dev.bundle} and {@code prod.bundle} are committed (docs/development.md).
 */
@Tag("jixiao-process-diagram")
@NpmPackage(value = "bpmn-js", version = "18.31.1")
@JsModule("./src/jixiao-process-diagram.js")
public class ProcessDiagram extends Component implements HasSize {

    public ProcessDiagram() {
        getElement().setProperty("errorText", getTranslation("diagram.unreadable"));
    }

    public void show(String bpmnXml, Collection<String> current, Collection<String> passed) {
        getElement().setProperty("current", String.join(",", current));
        getElement().setProperty("passed", String.join(",", passed));
        getElement().setProperty("xml", bpmnXml);
    }
}
