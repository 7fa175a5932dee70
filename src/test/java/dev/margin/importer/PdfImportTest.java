package dev.margin.importer;

import dev.margin.domain.ArticleDraft;
import dev.margin.importer.PdfTypesetter.Column;
import dev.margin.importer.PdfTypesetter.Style;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Text PDFs generated in the test with PDFBox, laid out as real press releases, newsletters and newspaper pages are
 * (texts written for Margin): the importer must give every paragraph in reading order, whole words, and nothing of
 * the page furniture.
 */
class PdfImportTest {
    private final ArticleImporter importer = new ArticleImporter();

    @TempDir
    Path dir;

    static final String[] RELEASE = {
        "Stuttgart, 4. Dezember 2026",
        "Das Land Baden-Württemberg fördert den Bau von 120 Schnell|lade|säulen an Pendler|park|plätzen entlang der Auto|bahnen"
                + " und Bundes|straßen. Das Verkehrs|ministerium stellt dafür im kommenden Jahr 9,6 Millionen Euro bereit. Die ersten"
                + " Standorte sollen bis zum Sommer in Betrieb gehen.",
        "„Wer morgens elektrisch zur Arbeit pendelt, soll am Park|platz laden können und nicht erst zu Hause“, sagte"
                + " Verkehrs|minister Tobias Rein|hardt am Donnerstag in Stuttgart. Die Nach|frage nach Lade|punkten an den"
                + " Park|plätzen sei in den vergangenen zwei Jahren deutlich gestiegen.",
        "Gefördert werden Kommunen, Land|kreise und private Betreiber. Sie erhalten bis zu 60 Prozent der"
                + " Investitions|kosten, höchstens jedoch 80.000 Euro je Standort. Voraus|setzung ist, dass die Säulen mit"
                + " Öko|strom betrieben werden und rund um die Uhr öffentlich zugänglich sind.",
        "Die Ein- und Ausfahrt der Park|plätze wird dabei nicht verändert. Anträge können ab dem 15. Januar 2027 bei der"
                + " Landes|agentur für neue Mobilität gestellt werden; die Ausschreibung endet am 31. März.",
        "Der Landkreis|tag begrüßte das Programm. Die Förder|quote reiche aber in ländlichen Regionen nicht aus, wo sich"
                + " wenige Lade|vorgänge am Tag kaum rechneten, teilte ein Sprecher mit.",
        "Pressekontakt: Referat Presse und Öffentlichkeits|arbeit, Telefon 0711 123-4567"
    };

    @Test
    void oneColumnPressReleaseOverTwoPagesWithLetterheadFooterAndPageNumbers() throws Exception {
        Path file = dir.resolve("pm-214.pdf");
        try (PdfTypesetter pdf = new PdfTypesetter(2, PDRectangle.A5)) {
            for (int page = 0; page < 2; page++) {
                pdf.line(page, 40, 30, PdfTypesetter.REGULAR, 7, "Ministerium für Verkehr Baden-Württemberg · Pressestelle");
                pdf.line(page, 300, 30, PdfTypesetter.REGULAR, 7, "Pressemitteilung 214/2026");
                pdf.line(page, 40, 560, PdfTypesetter.REGULAR, 6.5f, "Dorotheenstraße 8 · 70173 Stuttgart · presse@vm.example.de");
                pdf.line(page, 185, 578, PdfTypesetter.REGULAR, 7, "Seite " + (page + 1) + " von 2");
            }
            List<Column> frames = List.of(new Column(0, 40, 70, 420, 300), new Column(1, 40, 60, 520, 300));
            pdf.flow(frames, new Style(PdfTypesetter.BOLD, 16, 19, 0, 10, false), "Land fördert 120 neue Lade|säulen an Pendler|park|plätzen");
            pdf.flow(frames, new Style(PdfTypesetter.REGULAR, 11, 15, 0, 8, false), RELEASE);
            pdf.document().getDocumentInformation().setTitle("Microsoft Word - PM_214_Ladesaeulen.docx");
            pdf.save(file);
        }

        ImportResult result = importer.importFile(file);
        ArticleDraft draft = result.draft();

        assertThat(draft.title()).isEqualTo("Land fördert 120 neue Ladesäulen an Pendlerparkplätzen");
        assertThat(draft.text()).isEqualTo(PdfTypesetter.plain(RELEASE));
        assertThat(result.droppedBoilerplate()).contains("Seite 1 von 2", "Ministerium für Verkehr Baden-Württemberg · Pressestelle",
                "Dorotheenstraße 8 · 70173 Stuttgart · presse@vm.example.de");
        assertThat(result.warnings()).isEmpty();
    }

    static final String[] NEWSLETTER = {
        "By Dana Whitfield",
        "The Mill Lane footbridge, closed since a barge struck one of its piers in the winter of 2024, will reopen to"
                + " pedestrians and cyclists on 14 March, the borough council confirmed at its meeting on Tuesday.",
        "Engineers found that the impact had cracked the central pier below the waterline, and the repair took far longer"
                + " than the six months first promised. Divers had to work in short shifts during the colder weeks, and a"
                + " specialist con|tractor was only available from last spring.",
        "“We know how much people have missed the bridge,” said councillor Priya Natarajan, who chairs the transport"
                + " committee. “Parents have been walking an extra twenty minutes to the school on the far bank, and the"
                + " market traders have told us their takings fell.”",
        "The final bill came to £1.9 million, of which the barge operator's insurer has agreed to pay just over half. The"
                + " remainder comes from the borough's highways budget, delaying resur|facing work on Station Road until 2028.",
        "A local photographer, Martin Oduya, has been asked to document the reopening. Residents are invited to walk"
                + " across with the mayor at 10 a.m. on the first day; the council says the ceremony will be short and that"
                + " the bridge will stay open through|out.",
        "Not everyone is satisfied. The Riverside Cycling Club says the new ramps on the north side are too steep for"
                + " cargo bikes and trailers, and has asked for a gentler approach to be added before the summer. The council"
                + " said it would look at the request but made no promise.",
        "The towpath diversion signs will be removed in the week after the reopening."
    };

    @Test
    void twoColumnNewsletterWithAHeadlineAcrossTheColumnsAndAStoryRunningOntoPageTwo() throws Exception {
        Path file = dir.resolve("newsletter.pdf");
        String headline = "Footbridge to reopen in March after two years of repairs";
        try (PdfTypesetter pdf = new PdfTypesetter(2, PDRectangle.A5)) {
            for (int page = 0; page < 2; page++) {
                pdf.line(page, 30, 25, PdfTypesetter.REGULAR, 7, "Riverside Residents' Newsletter · December 2026");
                pdf.line(page, 205, 580, PdfTypesetter.REGULAR, 8, String.valueOf(page + 1));
            }
            pdf.flow(List.of(new Column(0, 30, 45, 100, 360)), new Style(PdfTypesetter.BOLD, 15, 18, 0, 0, false), headline);
            List<Column> columns = List.of(new Column(0, 30, 105, 330, 172), new Column(0, 218, 105, 330, 172),
                    new Column(1, 30, 50, 540, 172), new Column(1, 218, 50, 540, 172));
            pdf.startAt(0).flow(columns, new Style(PdfTypesetter.REGULAR, 9, 11, 10, 0, false), NEWSLETTER);
            pdf.document().getDocumentInformation().setTitle(headline);
            pdf.save(file);
        }

        ImportResult result = importer.importFile(file);

        assertThat(result.draft().text()).isEqualTo(PdfTypesetter.plain(Arrays.copyOfRange(NEWSLETTER, 1, NEWSLETTER.length)));
        assertThat(result.draft().title()).isEqualTo(headline);
        assertThat(result.draft().byline()).isEqualTo("Dana Whitfield");
        assertThat(result.droppedBoilerplate()).containsExactlyInAnyOrder("Riverside Residents' Newsletter · December 2026", "1", "2");
        assertThat(result.warnings()).singleElement().asString().contains("is set in columns");
    }

    static final String[] FERRY_START = {
        "Die Fähre zwischen Schaprode und Hiddensee soll vom 8. Januar an elektrisch fahren. Die Reederei hat dafür ein"
                + " neues Schiff bauen lassen, das am Mittwoch in Stralsund getauft wurde. Es bietet Platz für 400 Fahrgäste und 60 Fahrräder.",
        "„Mit dem Umstieg sparen wir im Jahr rund 900.000 Liter Diesel“, sagte Geschäfts|führerin Katrin Möller bei der"
                + " Taufe. Geladen wird das Schiff während der Liege|zeiten in Schaprode über eine neue Station, die der"
                + " Energie|versorger in den vergangenen Monaten gebaut hat. Die Investition von 14 Millionen Euro trägt zu"
                + " einem Drittel das Land Mecklenburg-Vorpommern."
    };
    static final String[] FERRY_REST = {
        "Weniger erfreut sind viele Insel|bewohner über den neuen Winter|fahrplan. Statt sieben Abfahrten am Tag soll es"
                + " von Januar bis März nur noch fünf geben; die letzte Fähre verlässt Schaprode dann bereits um 17.30 Uhr.",
        "Die Gemeinde|vertretung von Hiddensee hat in einer Stellung|nahme gefordert, zumindest an Freitagen eine spätere"
                + " Verbindung anzubieten. Pendler, die auf dem Festland arbeiten, kämen sonst nicht mehr rechtzeitig nach"
                + " Hause, heißt es darin.",
        "Die Reederei verweist auf die geringe Zahl der Fahr|gäste in den Winter|monaten und die Lade|zeiten des neuen"
                + " Schiffes. Man werde die Nachfrage beobachten und den Fahrplan im Frühjahr prüfen, sagte Möller. Die alte"
                + " Diesel|fähre soll als Reserve im Hafen bleiben.",
        "Der Verkauf der Fahrkarten ändert sich nicht. Zeitkarten für Einwohner gelten auch auf dem neuen Schiff."
    };

    @Test
    void threeColumnJustifiedNewspaperPageWithRunningHeaderHeadlineStandfirstAndSubheading() throws Exception {
        Path file = dir.resolve("zeitung-s3.pdf");
        try (PdfTypesetter pdf = new PdfTypesetter(2, PDRectangle.A4)) {
            for (int page = 0; page < 2; page++) {
                pdf.line(page, 40, 30, PdfTypesetter.BOLD, 7.5f, "Lokales");
                pdf.line(page, 360, 30, PdfTypesetter.REGULAR, 7.5f, "Nordkurier Beispiel · Freitag, 4. Dezember 2026");
                pdf.line(page, 295, 820, PdfTypesetter.REGULAR, 8, String.valueOf(page + 3));
            }
            pdf.line(0, 40, 95, PdfTypesetter.BOLD, 22, "Fähre nach Hiddensee fährt ab Januar mit Strom");
            pdf.line(0, 40, 122, PdfTypesetter.BOLD, 11, "Die Reederei investiert 14 Millionen Euro – Kritik an neuen Fahrplänen");
            List<Column> columns = List.of(new Column(0, 40, 140, 270, 150), new Column(0, 215, 140, 270, 150),
                    new Column(0, 390, 140, 270, 150), new Column(1, 40, 60, 780, 150));
            Style body = new Style(PdfTypesetter.REGULAR, 8.5f, 10.2f, 8, 0, true);
            pdf.startAt(0).flow(columns, body, FERRY_START);
            pdf.flow(columns, new Style(PdfTypesetter.BOLD, 10, 16, 0, 2, false), "Fahrplan wird ausgedünnt");
            pdf.flow(columns, body, FERRY_REST);
            pdf.save(file);
        }

        ArticleDraft draft = importer.importFile(file).draft();

        assertThat(draft.title()).isEqualTo("Fähre nach Hiddensee fährt ab Januar mit Strom");
        assertThat(draft.text()).isEqualTo(PdfTypesetter.plain("Die Reederei investiert 14 Millionen Euro – Kritik an neuen Fahrplänen")
                + "\n" + PdfTypesetter.plain(FERRY_START) + "\nFahrplan wird ausgedünnt\n" + PdfTypesetter.plain(FERRY_REST));
        assertThat(draft.headings()).containsExactly(0, 3);
        assertThat(draft.text()).doesNotContain("Nordkurier Beispiel").doesNotContain("Lokales");
    }

    static final String[] WATER = {
        "Northwind Water will replace 140 kilometres of lead and cast-iron mains across the Kestrel valley over the next"
                + " four years, the company announced today. The programme is the largest in its history and will cost"
                + " £212 million.",
        "Work starts in February in Ashby and Lower Mell, where burst mains cut supplies to 9,000 homes twice last winter."
                + " Streets will be dug up in sections of about 200 metres, and no household should be without water for"
                + " more than four hours at a time.",
        "“Our customers have been patient with an ageing network for too long,” said chief executive Harriet Oyelaran."
                + " “This is the investment the valley has been waiting for, and we will tell every street in writing a"
                + " month before we arrive.”",
        "The regulator approved the spending in its final determination in October. Household bills will rise by an"
                + " average of £9 a year from April to pay for it, less than the £14 the company had first proposed.",
        "Local councils welcomed the plan but asked for the work to be coordinated with their own road repairs. Kestrel"
                + " District Council said it would share its resurfacing timetable so that no street is dug up twice in the"
                + " same year.",
        "Customers can look up when work reaches their street on the company's website from 15 January, or call the"
                + " free helpline, which will be open seven days a week while the programme lasts.",
        "The company will also fit 30,000 smart meters in the same streets, which it says will help it find leaks"
                + " sooner. Fitting a meter will stay voluntary, and households that decline one will not pay more.",
        "Notes to editors",
        "Northwind Water supplies drinking water to 1.2 million people in the Kestrel valley and the northern coast. Its"
                + " network has 11,400 kilometres of mains, a fifth of them laid before 1950."
    };

    @Test
    void threePagePressReleaseWithADifferentFirstPageADateLineAndAContactBlockInTwoColumns() throws Exception {
        Path file = dir.resolve("northwind.pdf");
        try (PdfTypesetter pdf = new PdfTypesetter(3, PDRectangle.LETTER)) {
            for (int page = 0; page < 3; page++) {
                if (page > 0) {
                    pdf.line(page, 72, 40, PdfTypesetter.REGULAR, 8, "Northwind Water \u2013 Press release \u2013 3 December 2026");
                }
                pdf.line(page, 270, 760, PdfTypesetter.REGULAR, 8, "Page " + (page + 1) + " of 3");
            }
            pdf.line(0, 72, 110, PdfTypesetter.BOLD, 10, "FOR IMMEDIATE RELEASE");
            pdf.line(0, 470, 110, PdfTypesetter.REGULAR, 10, "3 December 2026");
            List<Column> frames = List.of(new Column(0, 72, 130, 520, 460), new Column(1, 72, 70, 420, 460),
                    new Column(2, 72, 70, 700, 460));
            pdf.flow(frames, new Style(PdfTypesetter.BOLD, 20, 24, 0, 12, false), "Northwind Water to replace 140 km of old mains in Kestrel valley");
            Style body = new Style(PdfTypesetter.REGULAR, 11, 14.5f, 0, 9, false);
            pdf.flow(frames, body, Arrays.copyOfRange(WATER, 0, 7));
            pdf.flow(frames, new Style(PdfTypesetter.BOLD, 13, 16, 0, 4, false), WATER[7]);
            float end = pdf.flow(frames, body, WATER[8]);
            pdf.line(2, 72, end + 30, PdfTypesetter.BOLD, 11, "Media contacts");
            String[][] contacts = {{"Lena Okafor", "Press officer", "+44 20 7946 0321"}, {"Samir Haddad", "Head of communications", "+44 20 7946 0388"}};
            for (int c = 0; c < 2; c++) {
                for (int line = 0; line < 3; line++) {
                    pdf.line(2, 72 + c * 230, end + 50 + line * 14.5f, PdfTypesetter.REGULAR, 11, contacts[c][line]);
                }
            }
            pdf.save(file);
        }

        ImportResult result = importer.importFile(file);

        assertThat(result.draft().text()).isEqualTo("FOR IMMEDIATE RELEASE 3 December 2026\n" + PdfTypesetter.plain(WATER)
                + "\nMedia contacts\nLena Okafor Press officer +44 20 7946 0321\nSamir Haddad Head of communications +44 20 7946 0388");
        assertThat(result.draft().title()).isEqualTo("Northwind Water to replace 140 km of old mains in Kestrel valley");
        assertThat(result.draft().headings()).containsExactly(8, 10);
        // in page order; the running header is on pages 2 and 3 only, as the first page has the letterhead
        assertThat(result.droppedBoilerplate()).containsExactly("Page 1 of 3", "Northwind Water \u2013 Press release \u2013 3 December 2026",
                "Page 2 of 3", "Page 3 of 3");
    }

    static final String[] HAIFA = {
        "עיריית חיפה הודיעה היום כי תפתח שלוש ספריות שכונתיות חדשות. עד שנת 2027 יושלמו העבודות בכל שלושת המבנים, והעלות"
                + " הכוללת מוערכת בשמונה עשר מיליון שקלים.",
        "ראש העירייה אמר כי הספריות יהיו פתוחות גם בערבים ובסופי שבוע, כדי שתלמידים ועובדים יוכלו ליהנות מהן אחרי"
                + " שעות הלימודים והעבודה.",
        "תושבי השכונות קיבלו את ההודעה בברכה, אך חלקם ביקשו שהעירייה תדאג גם לחניה ולתחבורה ציבורית בקרבת המבנים.",
        "הספרייה הראשונה תיפתח בשכונת הדר, והשתיים האחרות בנווה שאנן ובקריית אליעזר.",
        "לדברי העירייה, הספריות ישמשו גם כמרכזים קהילתיים ויארחו חוגים, הרצאות ופעילויות לילדים בשעות אחר הצהריים."
                + " ההרשמה לחוגים תיפתח בחודש הבא באתר העירייה."
    };

    @Test
    void hebrewTwoColumnPageIsReadFromTheRightColumnWithWordsInReadingOrder() throws Exception {
        Path font = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(font), "needs a font with Hebrew letters (fonts-dejavu-core)");
        Path file = dir.resolve("haifa.pdf");
        try (PdfTypesetter pdf = new PdfTypesetter(1, PDRectangle.A5)) {
            org.apache.pdfbox.pdmodel.font.PDFont hebrew = org.apache.pdfbox.pdmodel.font.PDType0Font.load(pdf.document(), font.toFile());
            rightToLeft(pdf, hebrew, 15, List.of(new Column(0, 30, 40, 80, 360)), 0, "העירייה תפתח שלוש ספריות חדשות");
            rightToLeft(pdf, hebrew, 9, List.of(new Column(0, 218, 100, 250, 172), new Column(0, 30, 100, 560, 172)), 10, HAIFA);
            pdf.line(0, 205, 580, PdfTypesetter.REGULAR, 8, "7");
            pdf.save(file);
        }

        ImportResult result = importer.importFile(file);

        assertThat(result.draft().title()).isEqualTo("העירייה תפתח שלוש ספריות חדשות");
        assertThat(result.draft().text()).isEqualTo(String.join("\n", HAIFA));
        assertThat(result.droppedBoilerplate()).containsExactly("7");
    }

    /** Sets paragraphs right to left as a Hebrew layout program does: lines flush right, first-line indent at the right. */
    private static void rightToLeft(PdfTypesetter pdf, org.apache.pdfbox.pdmodel.font.PDFont font, float size, List<Column> columns,
                                    float indent, String... paragraphs) throws java.io.IOException {
        int column = 0;
        float baseline = columns.get(0).top() + size;
        float space = PdfTypesetter.width(font, size, " ");
        for (String paragraph : paragraphs) {
            List<String> words = Arrays.asList(paragraph.split(" "));
            int next = 0;
            boolean first = true;
            while (next < words.size()) {
                Column frame = columns.get(column);
                float available = frame.width() - (first ? indent : 0);
                int end = next;
                float used = 0;
                while (end < words.size() && used + PdfTypesetter.width(font, size, words.get(end)) <= available) {
                    used += PdfTypesetter.width(font, size, words.get(end)) + space;
                    end++;
                }
                float x = frame.x() + frame.width() - (first ? indent : 0);
                for (String word : words.subList(next, end)) {
                    x -= PdfTypesetter.width(font, size, word);
                    String visual = word.chars().allMatch(Character::isDigit) ? word : new StringBuilder(word).reverse().toString();
                    pdf.line(frame.page(), x, baseline, font, size, visual);
                    x -= space;
                }
                next = end;
                first = false;
                baseline += size * 1.3f;
                if (baseline > frame.bottom() && column + 1 < columns.size()) {
                    column++;
                    baseline = columns.get(column).top() + size;
                }
            }
        }
    }

    @Test
    void rightToLeftLinesReadOffThePageAreTurnedIntoReadingOrder() {
        // visual order (as glyphs stand left to right) to reading order; numbers and Latin words keep their own direction
        assertThat(PdfBidi.logical("םלוע םולש")).isEqualTo("שלום עולם");
        assertThat(PdfBidi.logical("הנבנ 2026 תנשב")).isEqualTo("בשנת 2026 נבנה");
        assertThat(PdfBidi.logical(".NATO תא ריכזה אוה")).isEqualTo("הוא הזכיר את NATO.");
        assertThat(PdfBidi.logical("مالسلا")).isEqualTo("السلام");
        assertThat(PdfBidi.logical("Regierung 2026")).isEqualTo("Regierung 2026");
    }

    @Test
    void lineEndHyphensAreJoinedOnlyWhereTheyBreakAWord() {
        PdfParagraphs paragraphs = new PdfParagraphs(java.util.Set.of("well-known"), 12, false);

        assertThat(paragraphs.join("die neue Regie-", "rung hat")).isEqualTo("die neue Regierung hat");
        assertThat(paragraphs.join("das Land Baden-", "Württemberg fördert")).isEqualTo("das Land Baden-Württemberg fördert");
        assertThat(paragraphs.join("die Ein-", "und Ausfuhr")).isEqualTo("die Ein- und Ausfuhr");
        assertThat(paragraphs.join("in the years 2019-", "2021 the")).isEqualTo("in the years 2019-2021 the");
        assertThat(paragraphs.join("a well-", "known face")).isEqualTo("a well-known face");
        assertThat(paragraphs.join("a special-", "ist said")).isEqualTo("a specialist said");
        assertThat(paragraphs.join("Verkehrs\u00AD", "minister")).isEqualTo("Verkehrsminister");
        assertThat(paragraphs.join("a gap –", "then more")).isEqualTo("a gap – then more");
        assertThat(paragraphs.join("Stuttgart, 4.", "Dezember")).isEqualTo("Stuttgart, 4. Dezember");
    }

    @Test
    void encryptedImageOnlyCorruptAndOverlongPdfsAreRefusedWithReasons() throws Exception {
        Path locked = dir.resolve("locked.pdf");
        try (PdfTypesetter pdf = new PdfTypesetter(1, PDRectangle.A5)) {
            pdf.line(0, 40, 100, PdfTypesetter.REGULAR, 11, "Vertraulich: Entwurf der Pressemitteilung");
            PDDocument document = pdf.document();
            document.protect(new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission()));
            pdf.save(locked);
        }
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A5);
            document.addPage(page);
            try (PDPageContentStream stream = new PDPageContentStream(document, page)) {
                stream.addRect(40, 40, 300, 500);
                stream.fill();
            }
            document.save(scan.toFile());
        }
        Path corrupt = Files.write(dir.resolve("cut.pdf"), Arrays.copyOf(Files.readAllBytes(scan), 200));
        Path book = dir.resolve("book.pdf");
        try (PDDocument document = new PDDocument()) {
            for (int i = 0; i <= PdfImporter.MAX_PAGES; i++) {
                document.addPage(new PDPage(PDRectangle.A5));
            }
            document.save(book.toFile());
        }

        assertThatThrownBy(() -> importer.importFile(locked)).isInstanceOf(ImportException.class)
                .hasMessage("Cannot import the file " + locked + ": the PDF is protected by a password. Open it in a PDF"
                        + " reader and save a copy without the password, then import that.");
        assertThatThrownBy(() -> importer.importFile(scan))
                .hasMessage("Cannot import the file " + scan + ": the PDF holds no text, only images (a scan or a photo of the"
                        + " pages?). Margin does not read text in images; use a PDF with a text layer.");
        assertThatThrownBy(() -> importer.importFile(corrupt)).isInstanceOf(ImportException.class)
                .hasMessageStartingWith("Cannot import the file " + corrupt + ": it is not a readable PDF file (");
        assertThatThrownBy(() -> importer.importFile(book))
                .hasMessage("Cannot import the file " + book + ": the PDF has 301 pages; Margin imports articles and press"
                        + " releases of up to 300 pages.");
    }

    @Test
    void aPdfWithAnotherExtensionIsRecognisedByItsSignature() throws Exception {
        Path file = dir.resolve("download.bin");
        try (PdfTypesetter pdf = new PdfTypesetter(1, PDRectangle.A5)) {
            pdf.flow(List.of(new Column(0, 40, 60, 540, 300)), new Style(PdfTypesetter.REGULAR, 11, 15, 0, 8, false),
                    Arrays.copyOfRange(RELEASE, 1, 3));
            pdf.save(file);
        }

        assertThat(importer.importFile(file).draft().text()).isEqualTo(PdfTypesetter.plain(Arrays.copyOfRange(RELEASE, 1, 3)));
    }
}
