package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesPagesTest {
    private final List<String> pages = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    private int read(String input, int maxChars) throws Exception {
        return JsonLinesPages.read(new StringReader(input), maxChars, (line, id, page) -> pages.add(line + " " + id),
                (line, problem) -> problems.add(line + " " + problem));
    }

    @Test
    void aLineLongerThanTheCapIsOneProblemAndTheNextLinesAreRead() throws Exception {
        String good = "{\"id\":\"a\",\"html\":\"<p>x</p>\"}";
        String huge = "{\"id\":\"b\",\"html\":\"" + "y".repeat(5_000) + "\"}";
        int count = read(good + "\n" + huge + "\r\n\n" + good.replace("\"a\"", "\"c\"") + "\r\n", 1_000);

        assertThat(count).isEqualTo(3);
        assertThat(pages).containsExactly("1 a", "4 c");
        assertThat(problems).containsExactly("2 line longer than 1000 characters: skipped");
    }

    @Test
    void aPageLongerThanJacksonsDefaultStringCapIsRead() throws Exception {
        String html = "<p>" + "z".repeat(21_000_000) + "</p>"; // Jackson's default cap is 20 million characters
        read("{\"id\":\"big\",\"html\":\"" + html + "\"}", JsonLinesPages.MAX_LINE_CHARS);

        assertThat(problems).isEmpty();
        assertThat(pages).containsExactly("1 big");
    }
}
