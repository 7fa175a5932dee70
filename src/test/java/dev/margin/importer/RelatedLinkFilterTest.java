package dev.margin.importer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class RelatedLinkFilterTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "Also read: Parking levy to rise by 8% next year",
            "ALSO READ | Parking levy to rise",
            "Read more: What the bus cuts mean",
            "Read more » Bus cuts",
            "READ MORE",
            "Read more…",
            "Related: Our guide to every ward",
            "Related stories",
            "See also",
            "See also – Which reservoirs are lowest",
            "[Related] Bridge repairs delayed",
            "More on this story: Flood defences",
            "Watch: The minister’s statement in full",
            "Click here to subscribe to the Courier for just £1 a week.",
            "Sign up for our free morning newsletter.",
            "Subscribe to our daily briefing",
            "More from the Courier: the week in pictures",
            "Advertisement",
            "Story continues below advertisement",
            "Lire aussi : La grève continue",
            "اقرأ أيضا: ارتفاع الأسعار",
            "関連記事：花見客向けに臨時バスを運行へ",
            "相关新闻：五号线南延段明年动工"})
    void boilerplateLinesAreRecognised(String line) {
        assertThat(RelatedLinkFilter.isBoilerplate(new Block(line, false, false))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Read the council’s full report on the trial before the review in November.",
            "Reading the figures, analysts saw a slowdown.",
            "Read more carefully, the contract tells a different story, she said.",
            "Related-party transactions rose 4% in the quarter, the filing shows.",
            "Related measures will follow, the minister said.",
            "Watch the river level, officials urged residents.",
            "Seeing also the rise in prices, the bank acted.",
            "“Read more books,” the librarian told pupils.",
            "Subscribers to the service will pay 3% more from May.",
            "The advertisement campaign cost €2m, the ministry said."})
    void proseThatMerelyStartsLikeALabelIsKept(String line) {
        assertThat(RelatedLinkFilter.isBoilerplate(new Block(line, false, false))).isFalse();
    }

    @Test
    void aParagraphThatIsOnlyALinkIsBoilerplateUnlessItIsAHeading() {
        assertThat(RelatedLinkFilter.isBoilerplate(new Block("Ferry timetable changes from March", false, true))).isTrue();
        assertThat(RelatedLinkFilter.isBoilerplate(new Block("What happens next", true, true))).isFalse();
    }
}
