package dk.sandkassen.scenario.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dk.sandkassen.scenario.Exercise;
import dk.sandkassen.scenario.HandoutPdf;
import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;


/**
 * The links that start an exercise (for QR codes) and its printable guide. The address is the
 * one the browser used, unless {@code sandkassen.public-url} says what learners should type.
 */
@org.springframework.stereotype.Component
public class HandoutLinks {

    private final String publicUrl;

    HandoutLinks(@Value("${sandkassen.public-url:}") String publicUrl) {
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
    }

    /** The full address that starts {@code exercise}, as printed under its QR code. */
    String startUrl(Exercise exercise) {
        return base() + "/" + ScenarioNavigation.start(exercise.id());
    }

    /** The full address of {@code route} (no leading slash), as learners must type or scan it. */
    public String absolute(String route) {
        return base() + "/" + route;
    }

    /** The guide as a PDF, in the language of the page that offers it. */
    DownloadHandler download(Exercise exercise, Component page) {
        Locale locale = com.vaadin.flow.component.UI.getCurrent().getLocale();
        HandoutPdf.Labels labels = HandoutPdf.Labels.of(page::getTranslation, exercise);
        String url = startUrl(exercise);
        String fileName = exercise.id() + ".pdf";
        return DownloadHandler.fromInputStream(event -> {
            byte[] pdf = HandoutPdf.render(exercise, locale, labels, url);
            event.inline(fileName);
            return new DownloadResponse(new ByteArrayInputStream(pdf), fileName, "application/pdf", pdf.length);
        }).inline(); // shown in the browser's viewer, ready to print, not saved
    }

    /**
     * When the page was opened as {@code localhost} (and no public address is set), the links
     * work only on this computer: the learners' tablets need its address on the network. These
     * are the addresses this machine has on the local network, to suggest instead.
     */
    public java.util.Optional<List<String>> localOnlyInsteadUse() {
        if (!publicUrl.isBlank() || !(VaadinRequest.getCurrent() instanceof VaadinServletRequest request)) {
            return java.util.Optional.empty();
        }
        String host = request.getHttpServletRequest().getServerName();
        if (!host.equals("localhost") && !host.startsWith("127.") && !host.equals("[::1]") && !host.equals("::1")) {
            return java.util.Optional.empty();
        }
        int port = request.getHttpServletRequest().getServerPort();
        List<String> addresses = new java.util.ArrayList<>();
        try {
            for (var network : java.util.Collections.list(java.net.NetworkInterface.getNetworkInterfaces())) {
                if (!network.isUp() || network.isLoopback()) {
                    continue;
                }
                for (var address : java.util.Collections.list(network.getInetAddresses())) {
                    if (address instanceof java.net.Inet4Address && address.isSiteLocalAddress()) {
                        addresses.add("http://" + address.getHostAddress() + (port == 80 ? "" : ":" + port));
                    }
                }
            }
        } catch (java.net.SocketException e) {
            // No list of addresses: the advice still stands.
        }
        return java.util.Optional.of(addresses);
    }

    private String base() {
        if (!publicUrl.isBlank()) {
            return publicUrl;
        }
        if (VaadinRequest.getCurrent() instanceof VaadinServletRequest request) {
            HttpServletRequest http = request.getHttpServletRequest();
            boolean defaultPort = http.getServerPort() == 80 && http.getScheme().equals("http")
                    || http.getServerPort() == 443 && http.getScheme().equals("https");
            return http.getScheme() + "://" + http.getServerName() + (defaultPort ? "" : ":" + http.getServerPort())
                    + http.getContextPath();
        }
        return "http://localhost:8080";
    }
}
