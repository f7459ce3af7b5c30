package dk.sandkassen.perf;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
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
 *
 * <p>With {@link #connectPush()} it also opens the page's push channel as Flow's client does
 * ({@code @Push(transport = WEBSOCKET_XHR)}, decision 0010): a WebSocket to {@code VAADIN/push}
 * over which the server sends changes on its own (Atmosphere's protocol, each message prefixed
 * with its length), while requests stay XHR POSTs. Every message from the server, pushed or
 * answering a request, is applied to the tree in the order of its {@code syncId}, as the
 * browser does; a page that follows pushed changes waits for them with {@link #await}.
 */
final class VaadinClient {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final String base;
    private final HttpClient http;
    private volatile Stats stats;
    final UiTree tree = new UiTree();
    private int uiId;
    private String csrfToken = "";
    private int clientId;
    /** One request at a time, as Flow's client queues them: the poll of an open board must not overtake a click. */
    private final Object sending = new Object();

    /** Guards the order of the server's messages (and so the tree); notified after each one is applied. */
    private final Object received = new Object();
    /** The last message from the server applied to the tree; -1: none yet. */
    private int syncId = -1;
    /** Messages that came before one with a lower syncId (a push overtaken by a response, or the reverse). */
    private final TreeMap<Integer, Message> held = new TreeMap<>();
    /** Called with the tree after each message from the server is applied (under {@link #received}). */
    private final List<MessageListener> listeners = new CopyOnWriteArrayList<>();

    /** A message from the server; {@code pushed}: over the WebSocket, not as the answer to a request. */
    private record Message(JsonNode uidl, boolean pushed) {
    }

    /** Sees the tree after each message from the server is applied. */
    interface MessageListener {
        void applied(UiTree tree, boolean pushed);
    }
    /** Where the server sent this page ({@code Page.setLocation}); null: nowhere yet. */
    private volatile String location;
    private volatile long locationAt;
    private String pushId = "";
    private int heartbeatSeconds;
    private volatile WebSocket socket;
    private volatile PushListener push;
    private volatile boolean pushClosed;
    /** The learner pressed what ends the session: a pushed "session expired" is then what it asked for. */
    private volatile boolean ending;
    private final AtomicLong pushedMessages = new AtomicLong();
    private final AtomicLong pushedChars = new AtomicLong();
    private Thread heartbeat;

    /** This tab's cookies (the session): one shared HTTP client serves every learner. */
    private final Map<String, String> cookies = new java.util.concurrent.ConcurrentHashMap<>();
    /**
     * The address this browser is seen from, sent as {@code X-Forwarded-For} as a proxy in front
     * of the server would; null sends none. The server believes it only from a trusted proxy.
     */
    private final String forwardedFor;
    /** Dialogs seen open, to tell the server when one the server closed has left the screen. */
    private final java.util.Set<Integer> openDialogs = new java.util.HashSet<>();

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
        heartbeatSeconds = config.path("heartbeatInterval").asInt(0);
        JsonNode uidl = config.path("uidl");
        csrfToken = uidl.path("Vaadin-Security-Key").asString();
        pushId = uidl.path("Vaadin-Push-ID").asString("");
        clientId = uidl.path("clientId").asInt();
        synchronized (received) {
            syncId = -1;
            held.clear();
            location = null;
            tree.clear();
            receive(uidl, false);
        }
        navigate(route);
    }

    /** Counts this tab's requests in {@code stats} from now on. */
    void countIn(Stats stats) {
        this.stats = stats;
    }

    /** The board's clock ({@code UI.setPollInterval}): the page asks the server for changes. */
    void poll() {
        send(event(1, "ui-poll", NODES.objectNode()));
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
        ending = true;
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
        for (int dialog : tree.dialogsClosed(openDialogs)) {
            // A browser's dialog says "closed" once it has left the screen, and only then does Vaadin take
            // it off the page (OverlayAutoAddController); without this, every closed dialog stayed on the
            // server with all its listeners refer to, e.g. the Digital Post page the learner left.
            send(event(dialog, "closed", NODES.objectNode()));
        }
    }

    private JsonNode exchange(ObjectNode... invocations) {
        synchronized (sending) {
            return exchangeInTurn(invocations);
        }
    }

    private JsonNode exchangeInTurn(ObjectNode... invocations) {
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
        clientId = response.path("clientId").asInt(clientId + 1);
        int answer = response.path("syncId").asInt(-1);
        synchronized (received) {
            receive(response, false);
            // An earlier message may still be on its way over the push channel: the browser waits for it too.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (answer >= 0 && syncId < answer) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new JourneyError("message " + syncId + " + 1 from the server never came (answer " + answer
                            + " did, " + held.size() + " held): lost on the push channel");
                }
                waitReceived(left);
            }
        }
        return response;
    }

    /**
     * A message from the server, answering a request or pushed: applied in the order of its
     * {@code syncId}, a later one held until the ones before it came (as Flow's client does).
     */
    private void receive(JsonNode uidl, boolean pushed) {
        synchronized (received) {
            int id = uidl.path("syncId").asInt(-1);
            if (id < 0 || syncId < 0 || id == syncId + 1) {
                apply(new Message(uidl, pushed));
                while (!held.isEmpty() && held.firstKey() <= syncId + 1) {
                    Message next = held.pollFirstEntry().getValue();
                    if (next.uidl().path("syncId").asInt() == syncId + 1) {
                        apply(next);
                    }
                }
            } else if (id > syncId + 1) {
                held.put(id, new Message(uidl, pushed));
            } // else: a message applied already
            received.notifyAll();
        }
    }

    private void apply(Message next) {
        JsonNode message = next.uidl();
        tree.apply(message);
        syncId = message.path("syncId").asInt(syncId);
        for (JsonNode invocation : message.path("execute")) {
            int last = invocation.size() - 1;
            // Page.setLocation: window.open(url, '_self'), the page leaves for another address.
            if (last >= 2 && invocation.get(last).asString("").contains("window.open($0, $1)")
                    && invocation.get(1).asString("").equals("_self")) {
                locationAt = System.nanoTime();
                location = invocation.get(0).asString("");
            }
        }
        for (MessageListener listener : listeners) {
            listener.applied(tree, next.pushed());
        }
    }

    private void waitReceived(long nanos) {
        try {
            TimeUnit.NANOSECONDS.timedWait(received, Math.max(1, nanos));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyError("interrupted");
        }
    }

    /** Waits until the tree shows {@code what}, from an answer or pushed; a page that never does is an error. */
    void await(String what, Predicate<UiTree> test, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (received) {
            while (!test.test(tree)) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new JourneyError("not on the page within " + within.toMillis() + " ms: " + what);
                }
                waitReceived(left);
            }
        }
    }

    /** Calls {@code listener} with the tree after every message from the server from now on (on the thread that got it). */
    void onEveryMessage(MessageListener listener) {
        synchronized (received) {
            listeners.add(listener);
            listener.applied(tree, false);
        }
    }

    /** Where the server sent this page, waiting for it up to {@code within}; null if it did not. */
    String awaitLocation(Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        synchronized (received) {
            while (location == null && System.nanoTime() < deadline) {
                waitReceived(deadline - System.nanoTime());
            }
        }
        return location;
    }

    /** When {@link #awaitLocation} got its answer ({@link System#nanoTime()}). */
    long locationAt() {
        return locationAt;
    }

    /**
     * Opens the push channel as the page's script does after the UI started: a WebSocket to
     * {@code VAADIN/push} with the UI's push id and this tab's cookies and address, Atmosphere's
     * protocol with every message's length in front. Returns once the server's first message
     * (Atmosphere's handshake) came; then the server's changes come by themselves. Also starts the
     * page's heartbeat ({@code vaadin.heartbeatInterval}), which keeps an open page alive.
     */
    void connectPush() {
        String query = "v-r=push&v-uiId=" + uiId + "&v-pushId=" + encode(pushId)
                + "&X-Atmosphere-tracking-id=0&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + encode("application/json; charset=UTF-8")
                + "&X-atmo-protocol=true";
        URI uri = URI.create(base.replaceFirst("^http", "ws") + "VAADIN/push?" + query);
        WebSocket.Builder builder = http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(30));
        if (forwardedFor != null) {
            builder.header("X-Forwarded-For", forwardedFor);
        }
        if (!cookies.isEmpty()) {
            builder.header("Cookie", cookieHeader());
        }
        PushListener listener = new PushListener();
        push = listener;
        pushClosed = false;
        try {
            long start = System.nanoTime();
            socket = builder.buildAsync(uri, listener).get(30, TimeUnit.SECONDS);
            listener.opened.get(30, TimeUnit.SECONDS);
            stats.roundTrip((System.nanoTime() - start) / 1_000);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new JourneyError.NoAnswer("no push connection: " + (e.getCause() == null ? e : e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JourneyError("interrupted");
        }
        if (heartbeatSeconds > 0) {
            heartbeat = Thread.ofVirtual().name("heartbeat").start(this::beat);
        }
    }

    /** The page is closed or left: its push channel and heartbeat end. */
    void closePush() {
        pushClosed = true;
        PushListener listening = push;
        if (listening != null) {
            listening.closed = true;
        }
        if (heartbeat != null) {
            heartbeat.interrupt();
        }
        WebSocket open = socket;
        if (open != null) {
            open.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
            open.abort();
        }
    }

    boolean pushOpen() {
        WebSocket open = socket;
        return open != null && !pushClosed && !open.isInputClosed();
    }

    long pushedMessages() {
        return pushedMessages.get();
    }

    long pushedChars() {
        return pushedChars.get();
    }

    /** The browser's heartbeat: {@code POST ?v-r=heartbeat} every interval while the page is open. */
    private void beat() {
        try {
            while (!pushClosed) {
                Thread.sleep(heartbeatSeconds * 1000L);
                if (pushClosed) {
                    return;
                }
                try {
                    call(asThisTab(HttpRequest.newBuilder(URI.create(base + "?v-r=heartbeat&v-uiId=" + uiId)))
                            .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.noBody()).build());
                } catch (JourneyError e) {
                    stats.failedOutsideAnAction("heartbeat", e);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Atmosphere's framing over the socket: {@code <length>|<message>}, a message possibly split over frames. */
    private final class PushListener implements WebSocket.Listener {
        final CompletableFuture<Void> opened = new CompletableFuture<>();
        /** The page left: what still comes over this socket belongs to a UI no longer shown. */
        volatile boolean closed;
        private final StringBuilder buffer = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            try {
                buffer.append(data);
                while (true) {
                    // A heartbeat's padding may come without a length.
                    while (!buffer.isEmpty() && !Character.isDigit(buffer.charAt(0))) {
                        buffer.deleteCharAt(0);
                    }
                    int bar = buffer.indexOf("|");
                    if (bar < 0) {
                        break;
                    }
                    int length = Integer.parseInt(buffer.substring(0, bar));
                    if (buffer.length() < bar + 1 + length) {
                        break;
                    }
                    String message = buffer.substring(bar + 1, bar + 1 + length);
                    buffer.delete(0, bar + 1 + length);
                    handle(message);
                }
            } catch (RuntimeException e) {
                stats.failedOutsideAnAction("push", e);
                buffer.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void handle(String message) {
            opened.complete(null); // the first is Atmosphere's handshake: tracking id, heartbeat, padding
            String text = message.strip();
            if (closed) {
                return;
            }
            if (text.startsWith("{") || text.startsWith("for(;;);") || text.startsWith("[")) {
                pushedMessages.incrementAndGet();
                pushedChars.addAndGet(message.length());
                JsonNode uidl = parse(text);
                if (uidl.path("meta").path("sessionExpired").asBoolean(false) && !ending) {
                    stats.failedOutsideAnAction("push", new JourneyError("the server says the session expired (pushed)"));
                }
                receive(uidl, true);
            }
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            opened.completeExceptionally(new JourneyError("the push channel closed at once: " + statusCode + " " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            opened.completeExceptionally(error);
            if (!closed) {
                stats.failedOutsideAnAction("push", error);
            }
        }
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
            request.header("Cookie", cookieHeader());
        }
        return request;
    }

    private String cookieHeader() {
        StringBuilder header = new StringBuilder();
        cookies.forEach((name, value) -> header.append(header.isEmpty() ? "" : "; ").append(name).append('=').append(value));
        return header.toString();
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
