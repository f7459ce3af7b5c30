package dk.sandkassen.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One browser tab, speaking Vaadin Flow's protocol as its client does: the page, the
 * {@code v-r=init} request that creates the UI, then UIDL requests carrying the CSRF token,
 * the last {@code syncId} seen and the next {@code clientId}, with RPCs for navigation,
 * property sync and DOM events. Its own cookie jar makes it a learner of its own.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String base;
    private final HttpClient http;
    private final Stats stats;
    final UiTree tree = new UiTree();
    private int uiId;
    private String csrfToken = "";
    private int syncId;
    private int clientId;

    /** This tab's cookies (the session): one shared HTTP client serves every learner. */
    private final Map<String, String> cookies = new LinkedHashMap<>();
    /**
     * The address this browser is seen from, sent as {@code X-Forwarded-For} as a proxy in front
     * of the server would; null sends none. The server believes it only from a trusted proxy.
     */
    private final String forwardedFor;

    VaadinClient(String base, HttpClient http, Stats stats) {
        this(base, http, stats, null);
    }

    VaadinClient(String base, HttpClient http, Stats stats, String forwardedFor) {
        this.stats = stats;
        this.base = base.endsWith("/") ? base : base + "/";
        this.http = http;
        this.forwardedFor = forwardedFor;
    }

    /**
     * A first visit, as typing the address: the page, the UI, and the navigation to {@code route}.
     * A new visitor the server turns away gets {@link Refused}.
     */
    void open(String route) {
        page(route);
        startUi(route);
    }

    /** Only the page, as a crawler or a link preview fetches it: the UI never starts. */
    void page(String route) {
        get(base + route, false);
    }

    /** What the page's script does next: starts the UI ({@code v-r=init}) and navigates to {@code route}. */
    void startUi(String route) {
        String query = "v-r=init&location=" + encode(route) + "&query=&v-sh=900&v-sw=1280&v-wh=900&v-ww=1280"
                + "&v-bh=900&v-bw=1280&v-tzo=0&v-dstd=0&v-rtzo=0&v-dston=false&v-tzid=UTC&v-td=false&v-pr=1"
                + "&v-wn=load-" + System.nanoTime();
        JsonNode init = parse(get(base + "?" + query, true));
        JsonNode config = init.path("appConfig");
        uiId = config.path("v-uiId").asInt();
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        syncId = uidl.path("syncId").asInt();
        clientId = uidl.path("clientId").asInt();
        tree.apply(uidl);
        navigate(route);
    }

    /** In-app navigation, as a click on a router link. */
    void navigate(String route) {
        ObjectNode data = NODES.objectNode().put("route", route).put("query", "").put("appShellTitle", "")
                .put("trigger", "");
        data.putNull("historyState");
        send(event(1, "ui-navigate", data));
    }

    /** Typing into a field: the value is synchronised, then the field's change event. */
    void type(UiTree.Node field, String value) {
        send(sync(field, "value", NODES.stringNode(value)), event(field.id, "change", NODES.objectNode()));
    }

    /** Choosing in a radio group or select: its value is the item's key. */
    void choose(UiTree.Node field, JsonNode value) {
        send(sync(field, "value", value), event(field.id, "value-changed", NODES.objectNode()));
    }

    /**
     * A click that ends the session ("Afslut"): the answer both sends the browser to the
     * goodbye page and says the session is over, which is what should happen.
     */
    void clickToEnd(UiTree.Node element, String goodbyeRoute) {
        JsonNode response = exchange(event(element.id, "click", clickData()));
        if (!response.path("execute").toString().contains(goodbyeRoute)) {
            throw new JourneyError("the browser was not sent to " + goodbyeRoute + ": " + response.toString()
                    .substring(0, Math.min(200, response.toString().length())));
        }
    }

    void click(UiTree.Node element) {
        send(event(element.id, "click", clickData()));
    }

    private static ObjectNode clickData() {
        return NODES.objectNode().put("event.shiftKey", false).put("event.metaKey", false)
                .put("event.detail", 1).put("event.ctrlKey", false).put("event.clientX", 100).put("event.clientY", 100)
                .put("event.altKey", false).put("event.button", 0).put("event.screenX", 100).put("event.screenY", 100);
    }

    /** A click on a grid row, identified by the item key the server gave it. */
    void clickRow(UiTree.Node grid, String itemKey) {
        ObjectNode data = NODES.objectNode().put("event.detail.itemKey", itemKey).put("event.detail.internalColumnId", "col0")
                .put("event.detail.button", 0).put("event.detail.detail", 1).put("event.detail.shiftKey", false)
                .put("event.detail.ctrlKey", false).put("event.detail.metaKey", false).put("event.detail.altKey", false)
                .put("event.detail.clientX", 100).put("event.detail.clientY", 100).put("event.detail.screenX", 100)
                .put("event.detail.screenY", 100);
        send(event(grid.id, "item-click", data));
    }

    private static ObjectNode event(int node, String type, ObjectNode data) {
        return NODES.objectNode().put("type", "event").put("node", node).put("event", type).set("data", data);
    }

    private static ObjectNode sync(UiTree.Node node, String property, JsonNode value) {
        return NODES.objectNode().put("type", "mSync").put("node", node.id).put("feature", 1).put("property", property)
                .set("value", value);
    }

    /** One UIDL round trip; the response changes the tree. Anything a browser would choke on is an error. */
    private void send(ObjectNode... invocations) {
        JsonNode response = exchange(invocations);
        if (response.path("meta").path("sessionExpired").asBoolean(false)) {
            throw new JourneyError("the server says the session expired");
        }
    }

    private JsonNode exchange(ObjectNode... invocations) {
        ArrayNode rpc = NODES.arrayNode();
        List.of(invocations).forEach(rpc::add);
        ObjectNode body = NODES.objectNode().put("csrfToken", csrfToken).put("syncId", syncId).put("clientId", clientId);
        body.set("rpc", rpc);
        HttpRequest request = asThisTab(HttpRequest.newBuilder(URI.create(base + "?v-r=uidl&v-uiId=" + uiId)))
                .header("Content-Type", "application/json; charset=UTF-8")
                .timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        JsonNode response = parse(call(request));
        if (response.path("meta").has("appError")) {
            throw new JourneyError("the server reports an error: " + response.path("meta").path("appError"));
        }
        if (response.path("resynchronize").asBoolean(false)) {
            throw new JourneyError("the server asks the client to resynchronise");
        }
        syncId = response.path("syncId").asInt(syncId);
        clientId = response.path("clientId").asInt(clientId + 1);
        tree.apply(response);
        return response;
    }

    private String get(String url, boolean json) {
        return call(asThisTab(HttpRequest.newBuilder(URI.create(url))).timeout(Duration.ofSeconds(30))
                .header("Accept", json ? "application/json" : "text/html").GET().build());
    }

    private String call(HttpRequest request) {
        boolean newVisitor = cookies.isEmpty();
        try {
            long start = System.nanoTime();
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            stats.roundTrip((System.nanoTime() - start) / 1_000);
            for (String header : response.headers().allValues("set-cookie")) {
                String pair = header.split(";", 2)[0];
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    cookies.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
                }
            }
            int status = response.statusCode();
            if (newVisitor && (status == 429 || status == 503)) {
                throw new Refused(status, response.headers().firstValue("Retry-After").map(VaadinClient::seconds).orElse(-1L),
                        cookies.containsKey("SESSION"));
            }
            if (status != 200) {
                throw new JourneyError("HTTP " + status + " from " + request.uri().getRawPath()
                        + (request.uri().getRawQuery() == null ? "" : "?" + request.uri().getRawQuery()));
            }
            return response.body();
        } catch (IOException e) {
            throw new JourneyError.NoAnswer("no answer: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyError("interrupted");
        }
    }

    private static long seconds(String retryAfter) {
        try {
            return Long.parseLong(retryAfter.strip());
        } catch (NumberFormatException e) {
            return -1; // an HTTP date, which the calm page does not send
        }
    }

    /** This tab's cookies, and the address it is seen from. */
    private HttpRequest.Builder asThisTab(HttpRequest.Builder request) {
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            StringBuilder header = new StringBuilder();
            cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
            request.header("Cookie", header.toString());
        }
        return request;
    }

    private static JsonNode parse(String text) {
        // Flow may prefix JSON with a guard against JSON hijacking.
        String json = text.startsWith("for(;;);") ? text.substring("for(;;);".length()) : text;
        try {
            JsonNode node = JSON.readTree(json);
            return node.isArray() && !node.isEmpty() ? node.get(0) : node;
        } catch (RuntimeException e) {
            throw new JourneyError("not a UIDL response: " + json.substring(0, Math.min(120, json.length())));
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
