package dk.sandkassen.post.ui;

import dk.sandkassen.post.FolderRef;

/** Where Digital Post's pages are. The selection lives in the URL: /post/{folder}/{letter}. */
public final class PostNavigation {

    public static final String MAILBOX = "post";
    public static final String COMPOSE = "post/skriv";
    public static final String SETTINGS = "post/indstillinger";
    public static final String EXEMPTION = "post/fritagelse";

    private PostNavigation() {
    }

    public static String folder(FolderRef folder) {
        return MAILBOX + "/" + folder.token();
    }

    public static String letter(FolderRef folder, long letterId) {
        return folder(folder) + "/" + letterId;
    }
}
