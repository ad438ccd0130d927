package dev.winnow.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputNamesTest {
    private static Map<Path, String> names(String... files) {
        return OutputNames.of(List.of(files).stream().map(Path::of).toList());
    }

    @Test
    void aFileLosesItsExtensionAndAGzipFileBoth() {
        assertThat(names("a.html", "sub/b.txt", "c.html.gz", "d.gz", "e", ".hidden")).containsExactly(
                Map.entry(Path.of("a.html"), "a"), Map.entry(Path.of("sub/b.txt"), "sub/b"),
                Map.entry(Path.of("c.html.gz"), "c"), Map.entry(Path.of("d.gz"), "d"), Map.entry(Path.of("e"), "e"),
                Map.entry(Path.of(".hidden"), ".hidden"));
    }

    @Test
    void filesThatWouldShareANameKeepTheirWholeNames() {
        assertThat(names("nyt.htm", "nyt.html", "other.html")).containsExactly(
                Map.entry(Path.of("nyt.htm"), "nyt.htm"), Map.entry(Path.of("nyt.html"), "nyt.html"),
                Map.entry(Path.of("other.html"), "other"));
        assertThat(names("page.html", "page.html.gz")).containsValues("page.html", "page.html.gz");
        assertThat(names("nyt", "nyt.html")).containsValues("nyt", "nyt.html");
        assertThat(names("sub/a.txt", "sub/a.html", "a.txt")).containsValues("sub/a.txt", "sub/a.html", "a");
    }

    @Test
    void aWholeNameThatIsAnotherFilesShortNameMakesThatOneKeepItsWholeNameToo() {
        // a.htm and a.html both become whole; "a.htm" is then the short name of a.htm.txt
        Map<Path, String> names = names("a.htm", "a.html", "a.htm.txt");
        assertThat(names.values()).containsExactlyInAnyOrder("a.htm", "a.html", "a.htm.txt").doesNotHaveDuplicates();
    }

    @Test
    void namesNeverRepeatWhateverTheFiles() {
        List<String> files = List.of("x", "x.a", "x.b", "x.a.b", "x.a.gz", "x.b.gz", "x.a.b.gz", "x.gz", "x.gz.gz");
        assertThat(names(files.toArray(String[]::new)).values()).hasSize(files.size()).doesNotHaveDuplicates();
    }
}
