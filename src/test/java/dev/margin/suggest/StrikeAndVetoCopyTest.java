package dev.margin.suggest;

import dev.margin.domain.ActorType;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17, from the forty-sixth held-out set's English half (a governor's veto, a strike at an Ohio axle plant, a
 * measles outbreak), read after its one blind run on ff465c6.
 */
class StrikeAndVetoCopyTest {
    private static Suggestions wire(String body) {
        return Suggestions.of("Strike\nTalks broke off on Tuesday.\n" + body);
    }

    @Test
    void aTownAndItsStateInsideAnAsideLeaveTheSubjectBeforeIt() {
        assertThat(wire("Marwick, which is based in Troy, Michigan, said its offer was fair and generous.")
                .quote("its offer was fair and generous").speaker()).isEqualTo("Marwick");
    }

    @Test
    void aCarmakersNameWithMotorIsABody() {
        Suggestions s = wire("Ford Motor, one of the plant's largest customers, said it was monitoring the situation.");
        assertThat(s.quote("it was monitoring the situation").speaker()).isEqualTo("Ford Motor");
        assertThat(s.actors()).filteredOn(a -> a.actor().equals("Ford Motor")).allMatch(a -> a.actorType() == ActorType.ORGANISATION);
    }

    @Test
    void decliningToSayReportsNothingAndTheSaidAfterItIsHers() {
        Suggestions s = wire("Company spokeswoman Jill Ostrander declined to say whether Marwick had begun shifting work to Mexico, but said "
                + "customers \"will continue to receive parts\".");
        assertThat(s.quotes()).extracting(Suggestion::exact).noneMatch(exact -> exact.startsWith("whether"));
        assertThat(s.quote("will continue to receive parts").speaker()).isEqualTo("Jill Ostrander");
    }

    @Test
    void aUnionsLocalIsABodyAndTheUnionItsAnaphorPastAPaperNamedSince() {
        Suggestions s = Suggestions.of("Strike\nThe walkout by members of United Auto Workers Local 1853 at the plant in Perrysburg, which makes "
                + "rear axles, is the first in 23 years.\n\"We are ready,\" Coakley told Reuters.\nThe union says Marwick has raised the "
                + "number of temporary workers.");
        assertThat(s.actors()).extracting(Suggestion::actor).contains("United Auto Workers Local 1853").doesNotContain("Perrysburg");
        assertThat(s.quote("Marwick has raised the number of temporary workers").speaker()).isEqualTo("United Auto Workers Local 1853");
    }
}
