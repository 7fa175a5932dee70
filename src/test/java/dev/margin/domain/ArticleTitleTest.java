package dev.margin.domain;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The title an article without one gets (the SQL of migration V008 is held to the same rule in ArticleInfoMigrationTest). */
class ArticleTitleTest {
    @Test
    void aShortFirstLineIsTheTitleAsItStands() {
        assertThat(ArticleTitle.fromText("Ferry timetable cut for winter\nThe operator said …")).isEqualTo("Ferry timetable cut for winter");
    }

    @Test
    void aLongFirstLineIsCutAfterItsLastWholeWordWithinEightyCharacters() {
        String lead = "OSTHAVEN, June 2 (Northern Wire) \u2013 The harbour authority said on Tuesday it would ration water"
                + " from next week, citing a dry winter.";
        String title = ArticleTitle.fromText(lead + "\nSecond paragraph.");

        assertThat(title).isEqualTo("OSTHAVEN, June 2 (Northern Wire) \u2013 The harbour authority said on Tuesday it\u2026");
        assertThat(title.codePointCount(0, title.length())).isLessThanOrEqualTo(ArticleTitle.MAX_CHARS);
    }

    @Test
    void aCutNeverEndsOnACommaOrADash() {
        String line = "Officials in the northern province of Osthaven, where the drought is worst \u2013 and longest \u2013 said more";
        assertThat(ArticleTitle.fromText(line)).isEqualTo("Officials in the northern province of Osthaven, where the drought is worst\u2026");
    }

    @Test
    void aLineWithoutSpacesIsCutInsideItsWord() {
        String line = "x".repeat(100);
        assertThat(ArticleTitle.fromText(line)).isEqualTo("x".repeat(79) + "\u2026");
    }

    @Test
    void charactersOutsideTheBasicPlaneCountOnce() {
        String line = "\uD83D\uDE86".repeat(85);
        String title = ArticleTitle.fromText(line);
        assertThat(title.codePointCount(0, title.length())).isEqualTo(80);
        assertThat(title).endsWith("\uD83D\uDE86\u2026");
    }

    @Test
    void aFileNameIsUsedOnlyWhenTheFirstLineHoldsNoWord() {
        assertThat(ArticleTitle.forImport("Water rationing from Monday\nMore text", "harbour_notice-2026.txt"))
                .isEqualTo("Water rationing from Monday");
        assertThat(ArticleTitle.forImport("* * *\nWater rationing from Monday", "harbour_notice-2026.txt"))
                .isEqualTo("harbour notice 2026");
        assertThat(ArticleTitle.forImport("* * *\nWater rationing", null)).isEqualTo("* * *");
        assertThat(ArticleTitle.forImport("* * *\nWater rationing", "___.txt")).isEqualTo("* * *");
    }

    @Test
    void anArticleShowsItsStoredTitleAndOnlyFallsBackWhenItHasNone() {
        Article untitled = new Article(1, "", "", "", null, null, null, "", "First line here\nSecond", null, "hash", 1);
        assertThat(untitled.displayTitle()).isEqualTo("First line here");
        Article titled = new Article(1, "Set by the user", "", "", null, null, null, "", "First line here", null, "hash", 1);
        assertThat(titled.displayTitle()).isEqualTo("Set by the user");
    }
}
