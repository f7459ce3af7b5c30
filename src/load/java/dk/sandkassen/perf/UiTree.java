package dk.sandkassen.perf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;

/**
 * The browser's copy of a Vaadin UI, kept the way the Flow client keeps it: state nodes with
 * their tag, attributes, properties, children and text, changed by each UIDL response. The
 * load driver finds what to click in it, as a learner finds it on the screen. Its methods are
 * synchronized: with push, the server's messages change it on the socket's thread while the
 * learner reads it.
 */
final class UiTree {

    // Feature ids of Flow's state tree, as they appear in UIDL "changes".
    private static final int ELEMENT_DATA = 0;
    private static final int PROPERTIES = 1;
    private static final int CHILDREN = 2;
    private static final int ATTRIBUTES = 3;
    private static final int TEXT = 7;
    private static final int CLASS_LIST = 11;
    /** Virtual children: elements attached to a parent outside its DOM children, such as a dialog's footer. */
    private static final int VIRTUAL_CHILDREN = 24;

    static final class Node {
        final int id;
        final Map<String, JsonNode> data = new HashMap<>();
        final Map<String, JsonNode> properties = new HashMap<>();
        final Map<String, String> attributes = new HashMap<>();
        final List<Integer> children = new ArrayList<>();
        final List<Integer> virtualChildren = new ArrayList<>();
        final List<String> classes = new ArrayList<>();
        String text;

        Node(int id) {
            this.id = id;
        }

        String tag() {
            JsonNode tag = data.get("tag");
            return tag == null ? "" : tag.asString();
        }

        String attribute(String name) {
            return attributes.getOrDefault(name, "");
        }

        String property(String name) {
            JsonNode value = properties.get(name);
            return value == null || value.isNull() ? "" : value.asString();
        }
    }

    private final Map<Integer, Node> nodes = new LinkedHashMap<>();
    /** Grid rows the server sent ({@code $connector.set}), by grid node: the latest page of items. */
    private final Map<Integer, List<JsonNode>> gridItems = new HashMap<>();

    /** A new page in the tab: nothing of the last one is left. */
    synchronized void clear() {
        nodes.clear();
        gridItems.clear();
    }

    synchronized void apply(JsonNode uidl) {
        for (JsonNode change : uidl.path("changes")) {
            int id = change.path("node").asInt();
            String type = change.path("type").asString();
            if (type.equals("detach")) {
                nodes.remove(id);
                continue;
            }
            Node node = nodes.computeIfAbsent(id, Node::new);
            int feature = change.path("feat").asInt(-1);
            switch (type) {
                case "put" -> put(node, feature, change.path("key").asString(),
                        change.has("nodeValue") ? change.path("nodeValue") : change.path("value"));
                case "remove" -> remove(node, feature, change.path("key").asString());
                case "splice" -> splice(node, feature, change);
                case "clear" -> {
                    if (feature == CHILDREN) {
                        node.children.clear();
                    } else if (feature == CLASS_LIST) {
                        node.classes.clear();
                    }
                }
                default -> { }
            }
        }
        for (JsonNode invocation : uidl.path("execute")) {
            int last = invocation.size() - 1;
            if (last >= 3 && invocation.get(last).asString("").contains("$connector.set($1,$2)")) {
                int grid = invocation.get(0).path("@v-node").asInt();
                List<JsonNode> items = new ArrayList<>();
                invocation.get(2).forEach(items::add);
                gridItems.put(grid, items);
            }
        }
    }

    private static void put(Node node, int feature, String key, JsonNode value) {
        switch (feature) {
            case ELEMENT_DATA -> node.data.put(key, value);
            case PROPERTIES -> node.properties.put(key, value);
            case ATTRIBUTES -> node.attributes.put(key, value.asString(""));
            case TEXT -> node.text = value.asString("");
            default -> { }
        }
    }

    private static void remove(Node node, int feature, String key) {
        switch (feature) {
            case PROPERTIES -> node.properties.remove(key);
            case ATTRIBUTES -> node.attributes.remove(key);
            default -> { }
        }
    }

    private static void splice(Node node, int feature, JsonNode change) {
        int index = change.path("index").asInt();
        int remove = change.path("remove").asInt(0);
        if (feature == CHILDREN) {
            for (int i = 0; i < remove && index < node.children.size(); i++) {
                node.children.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(n -> added.add(n.asInt()));
            node.children.addAll(Math.min(index, node.children.size()), added);
        } else if (feature == VIRTUAL_CHILDREN) {
            for (int i = 0; i < remove && index < node.virtualChildren.size(); i++) {
                node.virtualChildren.remove(index);
            }
            List<Integer> added = new ArrayList<>();
            change.path("addNodes").forEach(n -> added.add(n.asInt()));
            node.virtualChildren.addAll(Math.min(index, node.virtualChildren.size()), added);
        } else if (feature == CLASS_LIST) {
            for (int i = 0; i < remove && index < node.classes.size(); i++) {
                node.classes.remove(index);
            }
            List<String> added = new ArrayList<>();
            change.path("add").forEach(n -> added.add(n.asString()));
            node.classes.addAll(Math.min(index, node.classes.size()), added);
        }
    }

    synchronized Optional<Node> byId(String id) {
        return find(node -> id.equals(node.attributes.get("id")));
    }

    synchronized Node require(String what, Predicate<Node> test) {
        return find(test).orElseThrow(() -> new JourneyError("not on the page: " + what));
    }

    /**
     * Dialogs that were open ({@code wasOpen}, kept up to date here) and are now closed but still on
     * the page: the browser sends each of them its "closed" event.
     */
    synchronized List<Integer> dialogsClosed(java.util.Set<Integer> wasOpen) {
        List<Integer> closed = new ArrayList<>();
        wasOpen.removeIf(id -> {
            Node dialog = nodes.get(id);
            boolean gone = dialog == null || !dialog.properties.containsKey("opened")
                    || !dialog.properties.get("opened").asBoolean(false);
            if (gone && dialog != null) {
                closed.add(id);
            }
            return gone;
        });
        for (Node node : nodes.values()) {
            JsonNode opened = node.properties.get("opened");
            if (opened != null && opened.asBoolean(false) && node.tag().equals("vaadin-dialog")) {
                wasOpen.add(node.id);
            }
        }
        return closed;
    }

    synchronized Node requireId(String id) {
        return byId(id).orElseThrow(() -> new JourneyError("not on the page: #" + id));
    }

    synchronized Optional<Node> find(Predicate<Node> test) {
        Node found = null;
        for (Node node : nodes.values()) {
            if (test.test(node)) {
                found = node; // the newest match: what the server attached last
            }
        }
        return Optional.ofNullable(found);
    }

    synchronized List<Node> descendants(Node root, Predicate<Node> test) {
        List<Node> found = new ArrayList<>();
        collect(root, test, found, 0);
        return found;
    }

    private void collect(Node node, Predicate<Node> test, List<Node> found, int depth) {
        if (depth > 200) {
            return;
        }
        List<Integer> all = new ArrayList<>(node.children);
        all.addAll(node.virtualChildren);
        for (int child : all) {
            Node c = nodes.get(child);
            if (c != null) {
                if (test.test(c)) {
                    found.add(c);
                }
                collect(c, test, found, depth + 1);
            }
        }
    }

    /** The text a learner reads in this element. */
    synchronized String text(Node node) {
        StringBuilder out = new StringBuilder();
        text(node, out, 0);
        return out.toString().strip();
    }

    private void text(Node node, StringBuilder out, int depth) {
        if (node.text != null) {
            out.append(node.text);
        }
        if (depth > 200) {
            return;
        }
        for (int child : node.children) {
            Node c = nodes.get(child);
            if (c != null) {
                text(c, out, depth + 1);
            }
        }
    }

    /** A button (or other element of {@code tag}) showing exactly {@code label}. */
    synchronized Node element(String tag, String label) {
        return require(tag + " \"" + label + "\"", n -> n.tag().equals(tag) && text(n).equals(label));
    }

    synchronized List<JsonNode> gridItems(Node grid) {
        return gridItems.getOrDefault(grid.id, List.of());
    }

    synchronized int size() {
        return nodes.size();
    }
}
