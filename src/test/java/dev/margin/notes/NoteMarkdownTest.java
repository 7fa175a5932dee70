package dev.margin.notes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NoteMarkdownTest {
    private static NoteRun plain(String text) {
        return new NoteRun(text, false, false, false, null);
    }

    private static NoteBlock only(String markdown) {
        List<NoteBlock> blocks = NoteMarkdown.blocks(markdown);
        assertEquals(1, blocks.size(), () -> "blocks of " + markdown + ": " + blocks);
        return blocks.get(0);
    }

    @Test
    void blankNoteHasNoBlocks() {
        assertEquals(List.of(), NoteMarkdown.blocks(""));
        assertEquals(List.of(), NoteMarkdown.blocks("  \n\n "));
        assertEquals(List.of(), NoteMarkdown.blocks(null));
        assertEquals("", NoteMarkdown.plainText(""));
    }

    @Test
    void paragraphsAreSeparateBlocksAndSoftBreaksBecomeSpaces() {
        List<NoteBlock> blocks = NoteMarkdown.blocks("Reservoir at 41%,\nsays the board.\n\nSecond thought.");
        assertEquals(List.of(
                new NoteBlock(NoteBlock.Kind.PARAGRAPH, 0, "", false, List.of(plain("Reservoir at 41%, says the board."))),
                new NoteBlock(NoteBlock.Kind.PARAGRAPH, 0, "", false, List.of(plain("Second thought.")))), blocks);
    }

    @Test
    void headingsKeepTheirLevel() {
        List<NoteBlock> blocks = NoteMarkdown.blocks("# Sources\n\n### To call\nBody");
        assertEquals(NoteBlock.Kind.HEADING, blocks.get(0).kind());
        assertEquals(1, blocks.get(0).level());
        assertEquals("Sources", blocks.get(0).text());
        assertEquals(NoteBlock.Kind.HEADING, blocks.get(1).kind());
        assertEquals(3, blocks.get(1).level());
        assertEquals(NoteBlock.Kind.PARAGRAPH, blocks.get(2).kind());
    }

    @Test
    void boldItalicAndCodeRuns() {
        NoteBlock block = only("Check the **weekly bulletin**, *not* the `press_release` — ***both***.");
        assertEquals(List.of(
                plain("Check the "),
                new NoteRun("weekly bulletin", true, false, false, null),
                plain(", "),
                new NoteRun("not", false, true, false, null),
                plain(" the "),
                new NoteRun("press_release", false, false, true, null),
                plain(" — "),
                new NoteRun("both", true, true, false, null),
                plain(".")), block.runs());
    }

    @Test
    void linksCarryTheirTextAndAddress() {
        NoteBlock block = only("See [the bulletin](https://water.example.org/bulletin?week=12) or <https://example.org/b>.");
        assertEquals(List.of(
                plain("See "),
                new NoteRun("the bulletin", false, false, false, "https://water.example.org/bulletin?week=12"),
                plain(" or "),
                new NoteRun("https://example.org/b", false, false, false, "https://example.org/b"),
                plain(".")), block.runs());
    }

    @Test
    void boldInsideALinkKeepsTheLink() {
        NoteBlock block = only("[**Board** report](http://example.org/r)");
        assertEquals(List.of(new NoteRun("Board", true, false, false, "http://example.org/r"),
                new NoteRun(" report", false, false, false, "http://example.org/r")), block.runs());
    }

    @Test
    void onlyWebAndMailAddressesAreClickable() {
        NoteBlock block = only("[a](javascript:alert(1)) [b](file:///etc/passwd) [c](/ferry) [d](mailto:desk@example.org)");
        assertEquals(List.of(plain("a b c "), new NoteRun("d", false, false, false, "mailto:desk@example.org")), block.runs());
        assertNull(NoteMarkdown.openable("ftp://example.org"));
        assertEquals("HTTPS://Example.org", NoteMarkdown.openable(" HTTPS://Example.org "));
    }

    @Test
    void bulletListItemsWithNesting() {
        List<NoteBlock> blocks = NoteMarkdown.blocks("- Call the **board**\n- Ask for:\n  - the 2019 figure\n- Done");
        assertEquals(List.of(
                new NoteBlock(NoteBlock.Kind.LIST_ITEM, 1, "•", false,
                        List.of(plain("Call the "), new NoteRun("board", true, false, false, null))),
                new NoteBlock(NoteBlock.Kind.LIST_ITEM, 1, "•", false, List.of(plain("Ask for:"))),
                new NoteBlock(NoteBlock.Kind.LIST_ITEM, 2, "•", false, List.of(plain("the 2019 figure"))),
                new NoteBlock(NoteBlock.Kind.LIST_ITEM, 1, "•", false, List.of(plain("Done")))), blocks);
    }

    @Test
    void numberedListsCountFromTheirStart() {
        List<NoteBlock> blocks = NoteMarkdown.blocks("3. Third\n4. Fourth\n\n   still the fourth");
        assertEquals("3.", blocks.get(0).marker());
        assertEquals("4.", blocks.get(1).marker());
        assertEquals(NoteBlock.Kind.PARAGRAPH, blocks.get(2).kind());
        assertEquals(1, blocks.get(2).level());
        assertEquals("still the fourth", blocks.get(2).text());
    }

    @Test
    void blockQuotesMarkTheirBlocks() {
        List<NoteBlock> blocks = NoteMarkdown.blocks("> “We will not ration,” he said.\n> - twice\n\nAfter.");
        assertTrue(blocks.get(0).quoted());
        assertEquals("“We will not ration,” he said.", blocks.get(0).text());
        assertTrue(blocks.get(1).quoted());
        assertEquals(NoteBlock.Kind.LIST_ITEM, blocks.get(1).kind());
        assertFalse(blocks.get(2).quoted());
    }

    @Test
    void codeBlocksKeepTheirLines() {
        NoteBlock block = only("```\nlevel = 41%\nfloor = 30%\n```");
        assertEquals(NoteBlock.Kind.CODE_BLOCK, block.kind());
        assertEquals(List.of(new NoteRun("level = 41%\nfloor = 30%", false, false, true, null)), block.runs());
    }

    @Test
    void escapesEntitiesAndRawHtmlShowAsText() {
        assertEquals("2 * 3 & <b>", only("2 \\* 3 &amp; <b>").text());
        assertEquals("a\nb", only("a  \nb").text());
    }

    @Test
    void plainTextDropsTheMarkers() {
        assertEquals("Check against the board's weekly reservoir bulletin.",
                NoteMarkdown.plainText("Check against the board's **weekly reservoir bulletin**."));
        assertEquals("Sources\n• the board\n1. the ministry\nSee bulletin.",
                NoteMarkdown.plainText("## Sources\n* the board\n\n1) the ministry\n\nSee [bulletin](https://example.org)."));
    }

    /** The window's note view and the exports read a note the same way: a bare address is a link in both. */
    @Test
    void bareAddressesBecomeLinksWithoutTheSentencesPunctuation() {
        NoteBlock block = only("Figures: https://stats.example.org/t1, and www.example.net/a?b=1!");
        assertEquals(List.of(
                plain("Figures: "),
                new NoteRun("https://stats.example.org/t1", false, false, false, "https://stats.example.org/t1"),
                plain(", and "),
                new NoteRun("www.example.net/a?b=1", false, false, false, "https://www.example.net/a?b=1"),
                plain("!")), block.runs());
        assertEquals("see (https://en.example.org/wiki/Port_(city))",
                only("see (https://en.example.org/wiki/Port_(city))").text());
        assertEquals("https://en.example.org/wiki/Port_(city)",
                only("see (https://en.example.org/wiki/Port_(city)).").runs().get(1).link());
    }

    /** The quick test before the address pattern must not skip an address after an early full stop or in capitals. */
    @Test
    void addressesAreFoundWhereverTheyStandAndOnlyThere() {
        assertEquals("https://WWW.Example.org/a", only("A. See WWW.Example.org/a today").runs().get(1).link());
        assertEquals("HTTP://files.example.org/x", only("x HTTP://files.example.org/x").runs().get(1).link());
        assertEquals(List.of(plain("The www. prefix, e.g. and i.e. are not addresses")),
                only("The www. prefix, e.g. and i.e. are not addresses").runs());
    }

    @Test
    void autolinksAndImagesReadAsTheirText() {
        assertEquals(List.of(plain("Desk: "), new NoteRun("desk@example.org", false, false, false, "mailto:desk@example.org")),
                only("Desk: <desk@example.org>").runs());
        assertEquals(List.of(plain("Chart: reservoir level, 41 % (photo)")),
                only("Chart: ![reservoir *level*, `41 %`](https://example.org/c.png) (photo)").runs());
        assertEquals("javascript:alert(1)", only("<javascript:alert(1)>").text());
        assertNull(only("<javascript:alert(1)>").runs().get(0).link());
    }

    /** A note is the user's own text, but pasted text can be anything: deep nesting or long runs of marks still read. */
    @Test
    void hostileNotesStillRead() {
        String deepQuotes = ">".repeat(5_000) + " deep";
        assertTrue(NoteMarkdown.plainText(deepQuotes).endsWith("deep"), "5,000 nested quotes");
        String deepList = "- ".repeat(3_000) + "item";
        assertTrue(NoteMarkdown.plainText(deepList).endsWith("item"));
        assertEquals(1, NoteMarkdown.blocks("*".repeat(100_000) + "x").size());
        assertEquals(1, NoteMarkdown.blocks("[".repeat(50_000)).size());
        assertTrue(NoteMarkdown.plainText("&amp;".repeat(20_000)).equals("&".repeat(20_000)), "20,000 entities");
    }
}
