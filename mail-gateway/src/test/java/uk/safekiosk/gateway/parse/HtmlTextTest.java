package uk.safekiosk.gateway.parse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.safekiosk.gateway.message.MessageView;
import uk.safekiosk.gateway.message.TextOrigin;

class HtmlTextTest {

    @Test
    void scriptNeverReachesTheBodyAndHiddenTextIsScannedAsHidden() {
        MessageView view = Eml.parseFixture("html-script-hidden.eml");

        assertThat(view.body()).isEqualTo("Come to my party on Saturday!\n\nthe map");
        String hidden = String.join("\n", Eml.texts(view, TextOrigin.HIDDEN));
        assertThat(hidden).contains("var phone = \"07700 900123\"", "my number is 07700 900456",
                "white on white secret", "zero size secret", "class hidden secret", "attribute hidden secret",
                "off screen secret", "comment secret", "invite");
        assertThat(Eml.texts(view, TextOrigin.ALT_TEXT)).containsExactly("cake picture", "yummy");
        assertThat(Eml.texts(view, TextOrigin.LINK_TARGET))
                .containsExactly("https://example.com/cake.png", "https://example.com/party");
        assertThat(view.defects()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span style=\"display: none !important\">SECRET</span>",
        "<span style=\"visibility:hidden\">SECRET</span>",
        "<span style=\"font-size:0\">SECRET</span>",
        "<span style=\"font-size:1px\">SECRET</span>",
        "<span style=\"font:0/0 a\">SECRET</span>",
        "<span style=\"color:#fff\">SECRET</span>",
        "<span style=\"color:#fefefe;background:#ffffff\">SECRET</span>",
        "<div style=\"background-color:rgb(0,0,0)\"><span style=\"color:black\">SECRET</span></div>",
        "<table bgcolor=\"#336699\"><tr><td><font color=\"#336699\">SECRET</font></td></tr></table>",
        "<span style=\"color:transparent\">SECRET</span>",
        "<span style=\"opacity:0\">SECRET</span>",
        "<div style=\"text-indent:-9999px\">SECRET</div>",
        "<div style=\"position:absolute;left:-10000px;top:0\">SECRET</div>",
        "<div style=\"max-height:0;overflow:hidden\">SECRET</div>",
        "<div style=\"width:1px;height:1px;overflow:hidden\">SECRET</div>",
        "<span style=\"position:absolute;clip:rect(0 0 0 0)\">SECRET</span>",
        "<span style=\"transform:scale(0)\">SECRET</span>",
        "<div style=\"mso-hide:all\">SECRET</div>",
        "<p hidden>SECRET</p>",
        "<template>SECRET</template>",
        "<style>.x { display:none }</style><p class=\"x\">SECRET</p>",
        "<style>#y span { visibility: hidden }</style><div id=\"y\"><span>SECRET</span></div>",
        "<!-- SECRET -->",
        "<input type=\"hidden\" value=\"SECRET\">",
        "<style>p::after { content: \"SECRET\" }</style><p>x</p>"
    })
    void textHiddenFromTheReaderIsHiddenNotBody(String html) {
        MessageView view = Eml.parseHtml("<p>Visible words</p>" + html);

        assertThat(view.body()).contains("Visible words").doesNotContain("SECRET");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).anyMatch(t -> t.contains("SECRET"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<span style=\"color:#333333\">SHOWN</span>",
        "<span style=\"font-size:12px\">SHOWN</span>",
        "<span style=\"color:white;background-color:navy\">SHOWN</span>",
        "<div style=\"visibility:hidden\"><span style=\"visibility:visible\">SHOWN</span></div>",
        "<span style=\"font-size:0\"><span style=\"font-size:14px\">SHOWN</span></span>",
        "<div style=\"line-height:1;overflow:hidden\">SHOWN</div>",
        "<p>Mail clients run no scripts:</p><noscript>SHOWN</noscript>",
        "<style>@media (max-width:10px) { .m { display:none } }</style><p class=\"m\">SHOWN</p>"
    })
    void textAReaderCanSeeStaysInTheBody(String html) {
        MessageView view = Eml.parseHtml(html);

        assertThat(view.body()).contains("SHOWN");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).noneMatch(t -> t.contains("SHOWN"));
    }

    @Test
    void inlineTagsDoNotSplitWordsAndBlocksStartNewLines() {
        MessageView view = Eml.parseHtml("<div>Ring 07<b></b>700 9<span>00</span>123</div><div>Bye<br>now</div>");

        assertThat(view.body()).isEqualTo("Ring 07700 900123\nBye\nnow");
    }

    @Test
    void commentedOutMarkupIsScannedWithoutItsTags() {
        MessageView view = Eml.parseHtml("<p>Hi</p><!-- <p>07<b>700</b> 900123</p> -->");

        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("07700 900123");
    }

    @Test
    void linksFromStylesSrcsetAndRefreshAreLinkTargetsAndPercentEncodingIsUndone() {
        MessageView view = Eml.parseHtml("""
                <meta http-equiv="refresh" content="0; url=https://example.com/refresh">
                <div style="background-image:url('https://example.com/bg.png')">x</div>
                <img srcset="https://example.com/a.png 1x, https://example.com/b.png 2x" alt="">
                <a href="tel:%30%37%37%30%30">ring</a>
                """);

        assertThat(Eml.texts(view, TextOrigin.LINK_TARGET)).contains("https://example.com/refresh",
                "https://example.com/bg.png", "https://example.com/a.png", "https://example.com/b.png",
                "tel:%30%37%37%30%30", "tel:07700");
    }

    @Test
    void eventHandlerScriptIsHiddenText() {
        MessageView view = Eml.parseHtml("<p onclick=\"alert('07700 900123')\">Click</p>");

        assertThat(view.body()).isEqualTo("Click");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("alert('07700 900123')");
    }

    @Test
    void hostileStyleSheetSelectorsAreNotRunAsRegularExpressions() {
        // In jsoup, [attr~=x] is a regular expression; a*a*…b against forty a's would backtrack for hours.
        String evil = "<style>p:matches((a+)+$) { display:none } p[title~=a*a*a*a*a*a*a*a*a*b] { display:none }"
                + "</style><p title=\"" + "a".repeat(40) + "\">" + "a".repeat(40) + "</p>";

        MessageView view = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> Eml.parseHtml(evil));

        assertThat(view.body()).isEqualTo("a".repeat(40));
    }

    @Test
    void htmlBeyondTheBudgetIsReadAsPlainTextAndFlagged() {
        MimeMessageParser small = new MimeMessageParser(new MimeMessageParser.Limits(1_000_000, 20, 500, 100_000, 40));
        MessageView view = small.parse(Eml.SENDER, Eml.RECIPIENTS, Eml.message(
                "Content-Type: text/html\n\n<p>Rendered part.</p><p>Beyond the <b>budget</b> &amp; more</p>\n"));

        assertThat(view.body()).isEqualTo("Rendered part.\n\nBeyond the");
        assertThat(Eml.texts(view, TextOrigin.HIDDEN)).contains("budget & more");
        assertThat(view.defects()).anyMatch(d -> d.startsWith("more HTML than the parser renders"));
    }

    @Test
    void megabyteOfHostileTableSoupIsBoundedByTheHtmlBudget() {
        String soup = "<table><b>x".repeat(100_000);

        MessageView view = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Eml.parseHtml(soup));

        assertThat(view.defects()).anyMatch(d -> d.startsWith("more HTML than the parser renders"));
    }

    @Test
    void deeplyNestedHtmlIsReadWithoutRecursion() {
        String html = "<div>".repeat(50_000) + "deep words" + "</div>".repeat(50_000);

        MessageView view = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Eml.parseHtml(html));

        assertThat(view.body()).isEqualTo("deep words");
    }
}
