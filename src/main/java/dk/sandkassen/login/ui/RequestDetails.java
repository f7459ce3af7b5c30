package dk.sandkassen.login.ui;

import com.vaadin.flow.component.html.Div;
import dk.sandkassen.login.MitIdRequest;
import dk.sandkassen.shared.ui.FactList;

/** What is being approved, and where: the two things to read before swiping. */
class RequestDetails extends Div {

    RequestDetails(MitIdRequest request) {
        addClassName("sk-request");
        add(new FactList()
                .fact(getTranslation("app.what"), getTranslation(request.whatKey()))
                .fact(getTranslation("app.where"), getTranslation(request.whereKey())));
    }
}
