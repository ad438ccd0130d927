package dev.winnow.cli;

import java.io.IOException;

/**
 * A page file that cannot be read: its message is {@code PATH: CAUSE}, and {@link #cause()} the
 * cause alone (for lists that name the page already).
 */
final class PageFileException extends IOException {
    private static final long serialVersionUID = 1L;
    private final String cause;

    /**
     * @param path  the path as the user gave it
     * @param cause what is wrong, such as {@code does not exist}
     */
    PageFileException(String path, String cause) {
        super(path + ": " + cause);
        this.cause = cause;
    }

    /** What is wrong, without the path. @return the cause */
    String cause() {
        return cause;
    }
}
