package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each hand-written page shaped like a real news site, imported as a file: the exact reading paragraphs, the
 * headings, the metadata, and what was kept out as boilerplate.
 */
class HtmlFixturesTest {
    private final ArticleImporter importer = new ArticleImporter();

    private ImportResult load(String name) throws ImportException {
        return importer.importFile(Fixtures.path(name));
    }

    private static List<String> paragraphs(ArticleDraft draft) {
        return List.of(draft.text().split("\n", -1));
    }

    @Test
    void wireReportKeepsEveryParagraphAndReadsJsonLdMetadata() throws ImportException {
        ImportResult result = load("wire-report.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Port authority cuts harbour fees by 12% after strike talks");
        assertThat(draft.byline()).isEqualTo("Maren Olsvik, Tomasz Wierzba");
        assertThat(draft.outlet()).isEqualTo("Northern Wire");
        assertThat(draft.url()).isEqualTo("https://northernwire.example/business/port-fees-cut");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 14));
        assertThat(draft.language()).isEqualTo("en-GB");
        assertThat(draft.headings()).isEmpty();
        assertThat(paragraphs(draft)).containsExactly(
                "BERGHOLM, March 14 (Northern Wire) – The Bergholm port authority will cut harbour fees by 12% from April, ending a three-week dispute that had left 41 container ships waiting at anchor, officials said on Saturday.",
                "“We have listened to the carriers and to the dockworkers, and this is the fairest deal we could find,” port director Ingrid Halvorsen told reporters. “Nobody got everything they wanted.”",
                "The cut lowers the standard fee for a 300-metre vessel from €48,500 to €42,680, according to a schedule published by the authority. Smaller feeder ships will pay 9% less.",
                "The dockworkers’ union, which had demanded that part of the fee income fund a new safety programme, said it would accept the deal but “keep a close eye” on how the money was spent.",
                "“It’s a start — not the end,” union spokesman Piet de Graaf said. Asked whether strikes could resume, he said: “That depends entirely on them.”",
                "Shipping analysts at Fjordline Research estimated the dispute had cost regional importers about €310 million, or roughly €15 million a day.",
                "(Reporting by Maren Olsvik; additional reporting by Tomasz Wierzba; editing by Ruth Achterberg)");
        assertThat(draft.text()).doesNotContain("All rights reserved", "dataLayer", "World", "Sport", "14 March 2026, 09:30");
        // The article element around the marked body is read, so its byline and date lines are reported as dropped.
        assertThat(result.droppedBoilerplate()).containsExactly("By Maren Olsvik and Tomasz Wierzba", "14 March 2026, 09:30");
    }

    @Test
    void clutteredPageLosesBannersSharingNewsletterAdsAndRelatedLinksButKeepsProse() throws ImportException {
        ImportResult result = load("cluttered-news.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("City council approves night-bus trial");
        assertThat(draft.byline()).isEqualTo("Dana Whitcombe");
        assertThat(draft.outlet()).isEqualTo("The Riverside Courier");
        assertThat(draft.url()).isEqualTo("https://riversidecourier.example/news/night-bus-trial");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 2, 3));
        assertThat(draft.language()).isEqualTo("en");
        assertThat(paragraphs(draft)).containsExactly(
                "Riverside’s city council voted 27–9 on Tuesday night to run a six-month trial of all-night buses on three routes, starting in May.",
                "The trial will cost £1.2m, most of it paid from the parking levy, and will run buses every 30 minutes between midnight and 5am.",
                "“Shift workers have been walking home in the dark for years,” said councillor Amrit Bains, who proposed the trial. “This is about the nurses, the cleaners and the bakers who keep this city going.”",
                "Opposition members argued that the money would be better spent on daytime services. “We are cutting the 14 and the 22 while we pay for empty buses at 3am,” said councillor Hugh Marsden.",
                "What happens next",
                "Read the council’s full report on the trial, which sets out how passenger numbers will be counted, before the review in November.",
                "The transport committee will publish monthly figures, and a final vote on whether to keep the service is due in the November budget meeting.");
        assertThat(draft.headings()).containsExactly(4);
        assertThat(result.droppedBoilerplate()).containsExactlyInAnyOrder(
                "By Dana Whitcombe",
                "3 February 2026",
                "Share on Facebook Post on X Email",
                "A night bus waits at Mill Street depot. Photo: Courier staff",
                "Get the Courier Briefing",
                "Sign up for our free morning newsletter and never miss a story.",
                "Advertisement",
                "Bridge repairs delayed again",
                "New cycle lanes on Quay Road",
                "Also read: Parking levy to rise by 8% next year",
                "Read more: What the bus cuts mean for your route",
                "Ferry timetable changes from March",
                "READ MORE",
                "Click here to subscribe to the Courier for just £1 a week.");
        assertThat(draft.text()).doesNotContain("cookies", "Accept all", "Most read", "Comments", "Great idea", "4 Mill Street");
    }

    @Test
    void arabicArticleKeepsRightToLeftTextAndDropsItsAlsoReadLine() throws ImportException {
        ImportResult result = load("arabic-rtl.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("افتتاح محطة تحلية جديدة في مدينة الساحل");
        assertThat(draft.byline()).isEqualTo("ليلى منصور");
        assertThat(draft.outlet()).isEqualTo("أخبار الواحة");
        assertThat(draft.language()).isEqualTo("ar");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(paragraphs(draft)).containsExactly(
                "افتتحت السلطات المحلية يوم الخميس محطة جديدة لتحلية مياه البحر بطاقة 120 ألف متر مكعب يومياً، في خطوة قالت إنها ستخفف أزمة المياه في الصيف.",
                "وقال مدير المشروع سامر الحداد للصحفيين: «هذه المحطة ستخدم أكثر من 400 ألف نسمة، وسنبدأ التشغيل الكامل في حزيران».",
                "وأضاف أن تكلفة المشروع بلغت 85 مليون دولار، موّلت الحكومة نصفها وقدّم بنك التنمية الإقليمي النصف الآخر.",
                "مخاوف بيئية",
                "في المقابل، حذّرت جمعية «بحرنا» البيئية من أن المياه المالحة المرتجعة قد تضر بالشعاب المرجانية القريبة من الشاطئ.");
        assertThat(draft.headings()).containsExactly(3);
        assertThat(result.droppedBoilerplate()).containsExactly(
                "بقلم ليلى منصور",
                "اقرأ أيضاً: ارتفاع أسعار المياه في المنطقة");
    }

    @Test
    void shiftJisJapanesePageIsDecodedByItsMetaCharset() throws ImportException {
        ImportResult result = load("japanese-shift-jis.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("港南市で桜の開花を宣言　平年より５日早く");
        assertThat(draft.outlet()).isEqualTo("港南新報");
        assertThat(draft.language()).isEqualTo("ja");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(paragraphs(draft)).containsExactly(
                "港南気象台は２１日、港南市でソメイヨシノが開花したと発表した。平年より５日早く、昨年より２日遅い。",
                "気象台の職員が公園の標本木で５輪以上の花を確認した。担当者は「週末には見頃を迎えるだろう」と話している。",
                "市によると、今年の「さくらまつり」は２８日から４月６日まで開かれる。");
        assertThat(result.droppedBoilerplate()).containsExactly("関連記事：花見客向けに臨時バスを運行へ");
    }

    @Test
    void chinesePageKeepsFullWidthPunctuationAndDropsFurtherReading() throws ImportException {
        ImportResult result = load("chinese.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("江城地铁六号线开通 日均客流预计达35万人次");
        assertThat(draft.byline()).isEqualTo("陈晓雯");
        assertThat(draft.outlet()).isEqualTo("江城日报");
        assertThat(draft.language()).isEqualTo("zh-CN");
        assertThat(paragraphs(draft)).containsExactly(
                "本报讯（记者 陈晓雯）1月18日上午，江城地铁六号线正式开通运营。线路全长32.6公里，共设站21座，连接城东高铁站与西部新城。",
                "“六号线开通后，从西部新城到高铁站只需40分钟，比原来节省一半时间。”江城地铁集团副总经理刘建国在开通仪式上说。",
                "据介绍，六号线首班车时间为早上6时，末班车为晚上11时，高峰期行车间隔为3分30秒。");
        assertThat(result.droppedBoilerplate()).containsExactly("延伸阅读：五号线南延段明年动工");
        assertThat(draft.text()).doesNotContain("首页", "版权所有");
    }

    @Test
    void emojiWithJoinersSkinTonesAndFlagsSurvive() throws ImportException {
        ArticleDraft draft = load("emoji-community.html").draft();

        assertThat(draft.title()).isEqualTo("Harbour swim raises record sum for lifeboat crew");
        assertThat(draft.outlet()).isEqualTo("Westcove Local");
        assertThat(paragraphs(draft)).containsExactly(
                "More than 600 swimmers \uD83C\uDFCA\u200D\u2640\uFE0F\uD83C\uDFCA\u200D\u2642\uFE0F crossed Westcove harbour on Sunday, raising £38,400 for the volunteer lifeboat crew \uD83D\uDEA4.",
                "“I’ve done it nine years running and the water’s never been this cold \uD83E\uDD76,” said Gwen Pascoe, 71, who finished in 22 minutes.",
                "Teams from Ireland \uD83C\uDDEE\uD83C\uDDEA, Brittany \uD83C\uDDEB\uD83C\uDDF7 and Wales \uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC77\uDB40\uDC6C\uDB40\uDC73\uDB40\uDC7F joined for the first time; one family of four \uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66 swam together in matching caps.",
                "The crew’s coxswain, Jory Treloar, posted a thank-you \uD83D\uDC4D\uD83C\uDFFD on the station’s page: “You lot are legends ❤\uFE0F.”");
    }

    @Test
    void brokenUnclosedTagsStillYieldTheArticle() throws ImportException {
        ImportResult result = load("broken-tags.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Heatwave warning extended to Thursday");
        assertThat(draft.outlet()).isEqualTo("Valley Gazette");
        assertThat(draft.publishedDate()).isNull();
        assertThat(paragraphs(draft)).containsExactly(
                "The regional weather service extended its amber heat warning until Thursday evening, with temperatures expected to reach 37C in the lower valley.",
                "Hospitals have been asked to postpone routine operations where possible. “Please check on elderly neighbours twice a day,” the health board said in a statement.",
                "Water companies reported demand 40% above normal on Monday and asked customers not to use garden sprinklers until the warning ends.",
                "Farmers said the heat had already cut the early barley harvest by about a fifth, according to the valley growers’ association.");
        assertThat(draft.headings()).isEmpty();
        assertThat(result.droppedBoilerplate()).containsExactly("See also: Which reservoirs are lowest");
        assertThat(draft.text()).doesNotContain("Weather widget", "Traffic");
        assertThat(result.warnings()).singleElement().asString().contains("No article body is marked in the file");
    }

    @Test
    void legacyTableLayoutWithBreaksGoesThroughReadabilityAndLosesMenuSidebarAndFooter() throws ImportException {
        ImportResult result = load("legacy-table-layout.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Library roof repairs to start in spring");
        assertThat(draft.byline()).isEqualTo("K. Drummond");
        assertThat(draft.outlet()).isEmpty();
        assertThat(draft.url()).isNull();
        assertThat(paragraphs(draft)).containsExactly(
                "Repairs to the leaking roof of the Old Market library will begin in March and take about ten weeks, the parish council confirmed on Thursday.",
                "The work, costing £86,000, will be paid for with a heritage grant and £12,000 from council reserves.",
                "“We have put buckets under the skylight for three winters now,” said head librarian Fiona Achterberg. “The books deserve better.”",
                "The library will stay open during the works, but the reading room will close from 2 March.");
        assertThat(result.droppedBoilerplate()).containsExactly(
                "Posted 12/01/2026 by K. Drummond",
                "Read more: Heritage grants announced for five villages");
        assertThat(draft.text()).doesNotContain("Events", "Cloudy", "volunteers");
        assertThat(result.warnings()).singleElement().asString().contains("No article body is marked in the file");
    }

    @Test
    void aPageThatMarksItsArticleGetsNoHeuristicsWarning() throws ImportException {
        assertThat(load("wire-report.html").warnings()).isEmpty();
        assertThat(load("liveblog.html").warnings()).isEmpty();
    }

    @Test
    void bylineLinesAreRecognisedWithoutEatingSentences() {
        assertThat(HtmlArticleExtractor.isBylineLine("By Dana Whitcombe", "Dana Whitcombe")).isTrue();
        assertThat(HtmlArticleExtractor.isBylineLine("By Dana Whitcombe, Transport Reporter", "")).isTrue();
        assertThat(HtmlArticleExtractor.isBylineLine("Posted 12/01/2026 by K. Drummond", "K. Drummond")).isTrue();
        assertThat(HtmlArticleExtractor.isBylineLine("By Monday, schools had closed.", "")).isFalse();
        assertThat(HtmlArticleExtractor.isBylineLine("By Monday, schools had closed.", "Dana Whitcombe")).isFalse();
        assertThat(HtmlArticleExtractor.isBylineLine("Bystanders filmed the collapse.", "")).isFalse();
    }

    @Test
    void windows1252PageIsDecodedByItsHttpEquivCharset() throws ImportException {
        ArticleDraft draft = load("windows-1252.html").draft();

        assertThat(draft.title()).isEqualTo("Bakery chain’s price rise angers regulars");
        assertThat(draft.outlet()).isEqualTo("Market Street Journal");
        assertThat(draft.language()).isEqualTo("en-US");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2025, 11, 30));
        assertThat(paragraphs(draft)).containsExactly(
                "Crumb & Co. raised the price of its sourdough loaf to €4.20 on Monday — the third increase this year — and regulars are not happy.",
                "“I’ve bought a loaf here every Saturday since 1998,” said café owner Renée Dufresne. “At this rate I’ll bake my own.”",
                "The company blamed flour costs, which it said were up 18% since January, and a 6% rise in energy bills… “We held prices as long as we could,” a spokeswoman said.");
    }

    @Test
    void liveblogKeepsEveryEntryWithItsTimeAndHeading() throws ImportException {
        ImportResult result = load("liveblog.html");
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Election night in Eastmarch: results as they come in");
        assertThat(draft.byline()).isEqualTo("Eastmarch Post politics team");
        assertThat(draft.outlet()).isEqualTo("The Eastmarch Post");
        assertThat(draft.url()).isEqualTo("https://eastmarchpost.example/live/election-night");
        assertThat(draft.publishedDate()).isEqualTo(LocalDate.of(2026, 5, 7));
        assertThat(paragraphs(draft)).containsExactly(
                "Polls closed at 10pm; counting is under way in all 12 wards.",
                "00:41",
                "Greens take Harbourside",
                "The Greens have won Harbourside by 212 votes, their first seat on the council since 2014.",
                "“People wanted a change on the waterfront,” the new councillor, Odile Fanshawe, said in her victory speech.",
                "23:15",
                "Turnout up in the north",
                "Turnout in the three northern wards is running at about 46%, up from 39% four years ago, the returning officer’s team says.",
                "22:00",
                "Polls have closed",
                "Polling stations across Eastmarch closed at 10pm. The first results are expected after midnight.");
        assertThat(draft.headings()).containsExactly(2, 6, 9);
        assertThat(result.droppedBoilerplate()).containsExactly("Copy link Share", "Related: Our guide to every ward");
    }
}
