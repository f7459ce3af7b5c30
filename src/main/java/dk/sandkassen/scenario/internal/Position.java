package dk.sandkassen.scenario.internal;

/** A place in a scenario file, 1-based as editors count. */
record Position(int line, int column) {

    static final Position START = new Position(1, 1);
}
