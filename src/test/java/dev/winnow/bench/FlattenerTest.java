package dev.winnow.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FlattenerTest {
    private final Flattener flattener = new Flattener();

    @Test
    void oneLinePerBlockWithInlineTextJoined() {
        String html = "<html><head><title>T</title><style>p{}</style></head><body>"
                + "<div>Intro <a href=x>link</a> <b>bold</b>text"
                + "<p>First\n   paragraph&nbsp;here.</p>tail</div>"
                + "<ul><li>one</li><li><span>two</span></li></ul></body></html>";
        assertThat(flattener.flatten(html))
                .isEqualTo("Intro link boldtext\nFirst paragraph here.\ntail\none\ntwo\n");
    }

    @Test
    void breaksStartLines() {
        assertThat(flattener.flatten("<p>a<br>b<br/><br>c</p>")).isEqualTo("a\nb\nc\n");
    }

    @Test
    void tableRowIsOneLineWithCellsApart() {
        String html = "<table><tr><th>Pos.</th><th>Name</th></tr><tr><td>1</td><td><b>Kyle</b> Busch</td></tr>"
                + "<tr><td><div>layout</div><p>cell</p></td><td>z</td></tr></table>";
        assertThat(flattener.flatten(html)).isEqualTo("Pos. Name\n1 Kyle Busch\nlayout\ncell\nz\n");
    }

    @Test
    void invisibleElementsAreDropped() {
        String html = "<body><script>var x = 1;</script><noscript>enable js</noscript>"
                + "<template><p>tpl</p></template><svg><text>chart</text></svg>"
                + "<iframe src=a>frame</iframe><p>kept</p><!-- comment --></body>";
        assertThat(flattener.flatten(html)).isEqualTo("kept\n");
    }

    @Test
    void preKeepsItsLineBreaks() {
        assertThat(flattener.flatten("<pre>line  one\nline two\n</pre>")).isEqualTo("line one\nline two\n");
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 20_000;
        String html = "<div>".repeat(depth) + "deep" + "</div>".repeat(depth);
        assertThat(flattener.flatten(html)).isEqualTo("deep\n");
    }

    @Test
    void emptyPageGivesEmptyText() {
        assertThat(flattener.flatten("")).isEmpty();
        assertThat(flattener.flatten("<div> <p>\u00a0</p> </div>")).isEmpty();
    }
}
