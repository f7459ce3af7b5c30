package dk.sandkassen.access.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import dk.sandkassen.access.Grant;
import dk.sandkassen.access.ReadAccessService;
import dk.sandkassen.identity.Role;
import dk.sandkassen.login.Actor;
import dk.sandkassen.login.ui.RealCprGuard;
import dk.sandkassen.post.Folder;
import dk.sandkassen.post.Mailbox;
import dk.sandkassen.sandbox.Sandbox;
import dk.sandkassen.shared.ui.Card;
import dk.sandkassen.shared.ui.DatePickers;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The older model ("Giv andre adgang", still used by e-Boks for private post): the owner gives
 * chosen folders, "Læsning" or "Redigering", with a password the helper must type to accept.
 */
class FolderAccessCard extends Card {

    FolderAccessCard(AccessView view, Actor me) {
        super(view.getTranslation("access.folders.title"));
        Sandbox sandbox = me.sandbox();
        setId("folder-access");
        addClassName("sk-form-card");
        List<Folder> own = view.post().folders(Mailbox.own(me)).stream().filter(f -> f.ref().isCustom()).toList();
        add(new Paragraph(getTranslation("access.folders.lead")));
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("access.folders.none")));
            return;
        }
        TextField name = new TextField(getTranslation("access.full-name"));
        name.setMaxLength(120);
        name.setId("folders-name");
        TextField cpr = new TextField(getTranslation("access.cpr"));
        cpr.setMaxLength(20);
        cpr.setId("folders-cpr");
        TextField password = new TextField(getTranslation("access.folders.password"));
        password.setMaxLength(Grant.MAX_PASSWORD + 10);
        password.setId("folders-password");
        password.setHelperText(getTranslation("access.folders.password-help"));
        DatePicker until = DatePickers.of(getTranslation("access.folders.expires"), getLocale(), getTranslation("common.today"),
                getTranslation("common.cancel"));
        until.setMin(LocalDate.now());
        until.setHelperText(getTranslation("access.folders.expires-help"));
        RadioButtonGroup<Grant.Rights> rights = new RadioButtonGroup<>(getTranslation("access.rights"));
        rights.setItems(Grant.Rights.READ, Grant.Rights.EDIT);
        rights.setItemLabelGenerator(r -> getTranslation("access.folders.rights." + r.id()));
        rights.setValue(Grant.Rights.READ);
        rights.addThemeName("vertical");
        CheckboxGroup<Folder> folders = new CheckboxGroup<>(getTranslation("access.folders.which"));
        folders.setItems(own);
        folders.setItemLabelGenerator(Folder::name);
        folders.setId("folders-which");
        Button give = new Button(getTranslation("access.folders.give"), e -> {
            if (RealCprGuard.discardIfReal(cpr, view.notice(), sandbox, view.events())) {
                return;
            }
            ReadAccessService.Result result = view.readAccess().offerFolders(me, name.getValue(), cpr.getValue(),
                    password.getValue(), until.getValue(), rights.getValue(),
                    folders.getValue().stream().map(f -> f.ref().customId()).collect(Collectors.toSet()));
            result.problem().ifPresentOrElse(view::problem, () -> {
                view.done("access.folders.given", name.getValue().strip());
                // Empty again for the next helper, as a fresh card would be (drawn again only when the folders change).
                name.clear();
                cpr.clear();
                password.clear();
                until.clear();
                rights.setValue(Grant.Rights.READ);
                folders.clear();
            });
        });
        give.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        give.setId("folders-give");
        add(name, cpr, password, until, rights, folders, give);
    }
}
