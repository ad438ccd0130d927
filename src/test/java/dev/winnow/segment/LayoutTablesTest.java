package dev.winnow.segment;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LayoutTablesTest {
    private static final String PROSE = "The county council voted on Thursday to close the Harbour Road bridge to lorries"
            + " from March, after engineers found cracks in two of its supporting piers during an inspection, and"
            + " the repairs are expected to take at least eighteen months.";

    private static boolean layout(String table) {
        Element t = Jsoup.parse("<html><body>" + table + "</body></html>").selectFirst("table");
        return LayoutTables.isLayout(t);
    }

    @Test
    void aTableWithACellOfProseLaysOutThePage() {
        assertThat(layout("<table><tr><td><a href=/>Home</a><br><a href=/news>News</a></td><td>" + PROSE
                + "</td></tr></table>")).isTrue();
        assertThat(layout("<table role=presentation><tr><td>Menu</td></tr></table>")).isTrue();
        assertThat(layout("<table><tr><td><table><tr><td>a</td></tr></table></td></tr></table>")).isTrue();
    }

    @Test
    void aTableWithHeaderCellsOrShortCellsHoldsData() {
        assertThat(layout("<table><tr><th>Film</th><th>About</th></tr><tr><td>Loop</td><td>" + PROSE
                + "</td></tr></table>")).isFalse();
        assertThat(layout("<table><tr><td>Port to ring road</td><td>11</td></tr><tr><td>Port to town</td><td>4</td></tr></table>"))
                .isFalse();
    }

    @Test
    void longCellsSpreadOverManyRowsAreData() {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            rows.append("<tr><td>").append(i).append("</td><td>").append(PROSE).append("</td></tr>");
        }
        assertThat(layout("<table>" + rows + "</table>")).isFalse();
    }
}
