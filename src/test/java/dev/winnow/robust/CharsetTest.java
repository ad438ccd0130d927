package dev.winnow.robust;

import static org.assertj.core.api.Assertions.assertThat;

import dev.winnow.Cleaner;
import dev.winnow.Input;
import dev.winnow.model.Article;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Decoding bytes: BOMs, HTTP and meta declarations, conflicts, and statistical detection. */
class CharsetTest {
    private static final Cleaner CLEANER = Cleaner.standard();

    private static final String RU = "Правительство объявило о новых мерах поддержки малого бизнеса. По словам министра, "
            + "программа начнёт работать в начале следующего года, а заявки можно будет подавать через портал "
            + "государственных услуг. Эксперты считают, что меры помогут тысячам предпринимателей в регионах.";
    private static final String ZH = "市交通运输局日前宣布，将从下月起新增六条夜间公交线路，并将现有四条线路的末班车时间延长至凌晨一点。"
            + "新增线路主要覆盖大型居住区、医院、火车站以及夜间消费较为活跃的商圈，发车间隔为二十至三十分钟，票价与日间线路保持一致。"
            + "交通运输局相关负责人表示，新线路是在分析过去一年公交刷卡数据的基础上规划的。";
    private static final String JA = "利用者の減少と人手不足に悩む地方の鉄道会社が、無人駅にカメラとモニターを設置し、離れた拠点から係員が"
            + "乗客を案内する新しいシステムの導入を進めています。中部地方のある私鉄では、今月から沿線の無人駅で運用を始めました。"
            + "駅に設置された画面のボタンを押すと本社の案内センターにつながり、係員が切符の買い方などを説明します。";
    private static final String CS = "Vláda schválila nový zákon o podpoře malých a středních podniků. Podle ministryně "
            + "průmyslu začne program fungovat na začátku příštího roku a žádosti bude možné podávat přes portál "
            + "veřejné správy. Odborníci očekávají, že opatření pomůže tisícům podnikatelů v regionech.";

    private static String page(String text, String meta) {
        return "<html><head>" + meta + "<title>t</title></head><body><article><p>" + text + "</p><p>" + text
                + "</p></article></body></html>";
    }

    private static Article clean(byte[] bytes, String contentType) {
        return CLEANER.clean(Input.bytes(bytes, "https://news.example/a", contentType));
    }

    @Test
    void byteOrderMarksWin() {
        byte[] utf8 = page(RU, "<meta charset=\"windows-1251\">").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        Article a = clean(withBom, "text/html; charset=iso-8859-1");
        assertThat(a.input().charsetSource()).isEqualTo("bom");
        assertThat(a.bodyText()).contains(RU);

        byte[] utf16 = ("\uFEFF" + page(RU, "")).getBytes(StandardCharsets.UTF_16LE);
        Article b = clean(utf16, null);
        assertThat(b.input().charset()).isEqualTo("UTF-16LE");
        assertThat(b.bodyText()).contains(RU);
    }

    @Test
    void declaredLatin1ThatIsValidUtf8IsReadAsUtf8() {
        Article a = clean(page("Café, naïve, résumé: " + CS, "").getBytes(StandardCharsets.UTF_8),
                "text/html; charset=ISO-8859-1");
        assertThat(a.input().charset()).isEqualTo("UTF-8");
        assertThat(a.input().charsetSource()).isEqualTo("utf-8-valid");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("valid UTF-8"));
        assertThat(a.bodyText()).contains("Café, naïve, résumé");
    }

    @Test
    void declaredMultiByteCharsetThatIsValidUtf8IsReadAsUtf8() {
        String zh = "北京市政府今天宣布，将在明年春天开放新的城市公园，供市民休闲和锻炼使用。";
        Article a = clean(page(zh, "<meta charset=\"gb2312\">").getBytes(StandardCharsets.UTF_8), "text/html");
        assertThat(a.input().charset()).isEqualTo("UTF-8");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("valid UTF-8"));
        assertThat(a.bodyText()).contains(zh);

        Article real = clean(page(zh, "<meta charset=\"gb2312\">").getBytes(Charset.forName("GB18030")), "text/html");
        assertThat(real.input().charsetSource()).isEqualTo("meta");
        assertThat(real.bodyText()).contains(zh);
    }

    @Test
    void httpCharsetBeatsMeta() {
        Charset latin2 = Charset.forName("ISO-8859-2");
        Article a = clean(page(CS, "<meta charset=\"windows-1252\">").getBytes(latin2), "text/html; charset=iso-8859-2");
        assertThat(a.input().charsetSource()).isEqualTo("http");
        assertThat(a.bodyText()).contains(CS);
    }

    @Test
    void metaPrescanIsUsedWithoutHttpCharset() {
        Charset cp1251 = Charset.forName("windows-1251");
        Article a = clean(page(RU, "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\">")
                .getBytes(cp1251), "text/html");
        assertThat(a.input().charset()).isEqualTo("windows-1251");
        assertThat(a.input().charsetSource()).isEqualTo("meta");
        assertThat(a.bodyText()).contains(RU);
    }

    @Test
    void unknownHttpCharsetIsReportedAndIgnored() {
        Article a = clean(page(CS, "").getBytes(StandardCharsets.UTF_8), "text/html; charset=x-no-such-charset");
        assertThat(a.warnings()).anySatisfy(w -> assertThat(w).contains("x-no-such-charset"));
        assertThat(a.bodyText()).contains(CS);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"windows-1251, RU", "GB18030, ZH", "GBK, ZH", "Big5, ZH", "Shift_JIS, JA", "EUC-JP, JA",
        "ISO-8859-2, CS"})
    void undeclaredCharsetsAreDetected(String charset, String language) {
        String text = switch (language) {
            case "RU" -> RU;
            case "ZH" -> charset.equals("Big5") ? traditional(ZH) : ZH;
            case "JA" -> JA;
            default -> CS;
        };
        byte[] bytes = page(text, "").getBytes(Charset.forName(charset));
        Article a = clean(bytes, null);
        assertThat(a.input().charsetSource()).isEqualTo("detected");
        assertThat(a.bodyText()).as("decoded as %s", a.input().charset()).contains(text.substring(0, 40));
    }

    /** The Chinese sample with the few simplified characters Big5 lacks replaced by traditional ones. */
    private static String traditional(String s) {
        return s.replace("运", "運").replace("输", "輸").replace("局", "局").replace("将", "將").replace("从", "從")
                .replace("条", "條").replace("间", "間").replace("线", "線").replace("现", "現").replace("时", "時")
                .replace("长", "長").replace("点", "點").replace("区", "區").replace("医", "醫").replace("院", "院")
                .replace("车", "車").replace("费", "費").replace("较", "較").replace("为", "為").replace("价", "價")
                .replace("与", "與").replace("持", "持").replace("关", "關").replace("负", "負").replace("责", "責")
                .replace("规", "規").replace("划", "劃").replace("刷", "刷").replace("卡", "卡").replace("数", "數")
                .replace("据", "據").replace("础", "礎").replace("过", "過").replace("发", "發").replace("隔", "隔")
                .replace("盖", "蓋").replace("圈", "圈").replace("跃", "躍").replace("场", "場").replace("铁", "鐵")
                .replace("销", "銷").replace("务", "務").replace("宣", "宣").replace("布", "佈").replace("门", "門")
                .replace("乐", "樂").replace("还", "還").replace("这", "這").replace("们", "們").replace("个", "個")
                .replace("对", "對").replace("来", "來").replace("后", "後").replace("经", "經").replace("内", "內")
                .replace("路", "路").replace("夜", "夜").replace("增", "增").replace("新", "新").replace("班", "班");
    }
}
