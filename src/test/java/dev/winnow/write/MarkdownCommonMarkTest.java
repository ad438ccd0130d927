package dev.winnow.write;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.TestFiles;
import dev.winnow.model.Article;
import dev.winnow.model.BodyBlock;
import dev.winnow.model.Ending;
import dev.winnow.model.Heading;
import dev.winnow.model.Metadata;
import dev.winnow.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/** Parses {@link MarkdownWriter} output with commonmark-java and checks the structure survives. */
class MarkdownCommonMarkTest {
    private static final Parser PARSER = Parser.builder().build();

    @Test
    void referencePageParsesIntoItsOutline() {
        Article article = Cleaner.standard().clean(Input.text(TestFiles.read("xi-russia.txt")));
        Node doc = PARSER.parse(new MarkdownWriter().render(article));
        List<String> headings = new ArrayList<>();
        int[] paragraphs = {0};
        int[] bulletItems = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(org.commonmark.node.Heading heading) {
                headings.add(heading.getLevel() + " " + text(heading));
            }

            @Override
            public void visit(Paragraph paragraph) {
                if (!(paragraph.getParent() instanceof org.commonmark.node.ListItem)
                        && !(paragraph.getParent() instanceof org.commonmark.node.BlockQuote)) {
                    paragraphs[0]++;
                }
            }

            @Override
            public void visit(BulletList list) {
                for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
                    bulletItems[0]++;
                }
            }
        });
        assertThat(headings).containsExactly("2 The Strategic Alignment", "2 Economic Interdependence",
                "2 Geopolitical Implications", "2 The 'No-Limits' Partnership: Reality vs. Rhetoric", "2 Related");
        assertThat(paragraphs[0]).isEqualTo(10);
        assertThat(bulletItems[0]).isEqualTo(5);
    }

    @Test
    void textThatLooksLikeMarkupStaysText() {
        List<String> tricky = List.of("# not a heading", "1. not a list", "* not a list either", "> not a quote",
                "- dash", "+ plus", "a [link](http://x) and **bold** and `code` and <script>x</script>",
                "back\\slash and _under_ and | pipe", "=== not a setext underline", "~~~ not a fence");
        List<BodyBlock> blocks = new ArrayList<>();
        tricky.forEach(t -> blocks.add(new BodyBlock.Paragraph(t)));
        Article article = new Article(Metadata.empty(), List.of(new Section(new Heading("H *1*", 3), blocks)),
                Ending.unknown(), List.of(), List.of(), 0.5);
        Node doc = PARSER.parse(new MarkdownWriter().render(article));
        List<String> texts = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Paragraph paragraph) {
                texts.add(text(paragraph));
            }

            @Override
            public void visit(OrderedList list) {
                throw new AssertionError("an ordered list appeared");
            }

            @Override
            public void visit(BulletList list) {
                throw new AssertionError("a bullet list appeared");
            }
        });
        assertThat(texts).containsExactlyElementsOf(tricky);
        org.commonmark.node.Heading heading = (org.commonmark.node.Heading) doc.getFirstChild();
        assertThat(heading.getLevel()).isEqualTo(3);
        assertThat(text(heading)).isEqualTo("H *1*");
    }

    private static String text(Node node) {
        StringBuilder sb = new StringBuilder();
        node.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                sb.append(text.getLiteral());
            }
        });
        return sb.toString();
    }
}
