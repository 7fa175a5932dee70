package dev.margin.service;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.List;

/**
 * The highlights of an HTML export, read back with jsoup: each {@code <mark>} with the words it colours and the exact
 * words of the annotations its title names (from their notes), so a test can check that a highlight only ever covers
 * words of the annotations it stands for.
 */
record HtmlMarks(String words, List<String> annotationWords) {
    static List<HtmlMarks> of(String html) {
        Document document = Jsoup.parse(html);
        List<HtmlMarks> marks = new ArrayList<>();
        for (Element article : document.select("article[id]")) {
            String prefix = article.id();
            for (Element mark : article.select("mark")) {
                List<String> words = new ArrayList<>();
                for (String entry : mark.attr("title").split(", ")) {
                    String number = entry.substring(0, entry.indexOf(' '));
                    Element note = document.getElementById(prefix + "-n" + number);
                    Element quoted = note == null ? null : note.selectFirst("blockquote");
                    words.add(quoted == null ? "(no note " + number + ")" : quoted.wholeText());
                }
                marks.add(new HtmlMarks(mark.wholeText(), words));
            }
        }
        return marks;
    }
}
