package dk.sandkassen.scenario.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Where each value of a YAML file starts, by JSON pointer ({@code /steps/1/check}), so that a
 * problem found in the parsed tree can name the line and column a teacher must look at. For a
 * mapping entry it is the key's position: that is where the eye goes in an editor.
 */
final class LocationIndex {

    private final Map<String, Position> positions = new HashMap<>();

    private LocationIndex() {
    }

    /** Walks the parser's tokens once; the parser must be positioned before the first token. */
    static LocationIndex of(JsonParser parser) {
        LocationIndex index = new LocationIndex();
        Deque<Frame> stack = new ArrayDeque<>();
        JsonToken token;
        while ((token = parser.nextToken()) != null) {
            Position here = position(parser.currentTokenLocation());
            if (token == JsonToken.PROPERTY_NAME) {
                Frame frame = stack.peek();
                if (frame != null) {
                    frame.pendingKey = parser.currentName();
                    index.positions.putIfAbsent(frame.path + "/" + escape(frame.pendingKey), here);
                }
                continue;
            }
            String path = stack.isEmpty() ? "" : stack.peek().childPath();
            index.positions.putIfAbsent(path, here);
            if (token == JsonToken.START_OBJECT || token == JsonToken.START_ARRAY) {
                stack.push(new Frame(path, token == JsonToken.START_ARRAY));
            } else if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
                stack.pop();
                if (!stack.isEmpty()) {
                    stack.peek().advance();
                }
            } else if (!stack.isEmpty()) {
                stack.peek().advance();
            }
        }
        return index;
    }

    /** The position of {@code pointer}, or of the nearest enclosing value that has one. */
    Position at(String pointer) {
        String path = pointer;
        while (true) {
            Position position = positions.get(path);
            if (position != null) {
                return position;
            }
            if (path.isEmpty()) {
                return Position.START;
            }
            path = path.substring(0, path.lastIndexOf('/'));
        }
    }

    static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static Position position(TokenStreamLocation location) {
        return new Position(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr()));
    }

    private static final class Frame {
        final String path;
        final boolean array;
        int index;
        String pendingKey = "";

        Frame(String path, boolean array) {
            this.path = path;
            this.array = array;
        }

        /** The pointer of the value that comes next in this container. */
        String childPath() {
            return path + "/" + (array ? String.valueOf(index) : escape(pendingKey));
        }

        void advance() {
            if (array) {
                index++;
            }
        }
    }
}
