package dev.winnow.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A cleaned page: the immutable result of {@code dev.winnow.Cleaner#clean}. Safe to share between
 * threads.
 *
 * @param metadata   title, authors, dates, language and other page facts
 * @param sections   the article body as sections in page order
 * @param ending     whether the body reaches its real end
 * @param related    the related-article items lifted out of the page
 * @param removed    every segment that is not body, with its role and deciding rule
 * @param confidence how sure the cleaner is that the body is the article, in [0, 1]
 * @param status     how the run went: ok, empty, partial (a limit was reached) or unsupported
 * @param warnings   what the cleaner noticed about the input (limits reached, bytes replaced, ...)
 * @param input      how the input bytes were read (media type, charset and how it was chosen)
 */
public record Article(Metadata metadata, List<Section> sections, Ending ending,
        List<RelatedItem> related, List<Removed> removed, double confidence, Status status,
        List<String> warnings, InputInfo input) {

    /** Copies the lists and checks the confidence range. */
    public Article {
        sections = List.copyOf(sections);
        related = List.copyOf(related);
        removed = List.copyOf(removed);
        warnings = List.copyOf(warnings);
        java.util.Objects.requireNonNull(status, "status");
        java.util.Objects.requireNonNull(input, "input");
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }

    /**
     * An article of string input without warnings; its status is {@link Status#OK}, or
     * {@link Status#EMPTY} when it has no body.
     *
     * @param metadata   the metadata
     * @param sections   the sections
     * @param ending     the ending
     * @param related    the related items
     * @param removed    the removed segments
     * @param confidence the confidence
     */
    public Article(Metadata metadata, List<Section> sections, Ending ending, List<RelatedItem> related,
            List<Removed> removed, double confidence) {
        this(metadata, sections, ending, related, removed, confidence,
                sections.isEmpty() ? Status.EMPTY : Status.OK, List.of(), InputInfo.ofString(0));
    }

    /** Whether the body is empty. */
    public boolean isEmpty() {
        return sections.stream().allMatch(s -> s.heading() == null && s.blocks().isEmpty());
    }

    /**
     * The body as plain text: headings and blocks separated by one blank line; no title, byline,
     * figure captions or related items (those have their own fields).
     *
     * @return the body text, empty when there is none
     */
    public String bodyText() {
        return sections.stream()
                .flatMap(s -> java.util.stream.Stream.concat(
                        s.heading() == null ? java.util.stream.Stream.empty()
                                : java.util.stream.Stream.of(s.heading().text()),
                        s.blocks().stream().filter(b -> !(b instanceof BodyBlock.Figure)).map(BodyBlock::plainText)))
                .filter(t -> !t.isEmpty())
                .collect(Collectors.joining("\n\n"));
    }
}
