package dk.sandkassen.login.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * The login box of NemID or MitID: a header with the service's name, what the learner is
 * doing and where, the current step, and a reminder never to type real credentials.
 */
class LoginFrame extends Div {

    private final Div body = new Div();
    private final H1 title = new H1();

    LoginFrame(String variant, String brand, String context) {
        addClassNames("sk-login", "sk-login-" + variant);
        Span logo = new Span(brand);
        logo.addClassName("sk-login-brand");
        Span demo = new Span(getTranslation("login.demo-tag"));
        demo.addClassName("sk-login-demo");
        Div header = new Div(logo, demo);
        header.addClassName("sk-login-header");
        Paragraph where = new Paragraph(context);
        where.addClassName("sk-login-context");
        title.addClassName("sk-login-title");
        body.addClassName("sk-login-body");
        Paragraph reminder = new Paragraph(getTranslation("login.never-real"));
        reminder.addClassName("sk-login-reminder");
        add(header, where, title, body, reminder);
    }

    void step(String heading, Component... content) {
        title.setText(heading);
        body.removeAll();
        body.add(content);
    }
}
