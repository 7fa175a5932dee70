package dev.margin.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Writes varied, original news pages shaped like real ones: head metadata (title, Open Graph, article:*,
 * JSON-LD NewsArticle), inline CSS and ad configuration, a navigation bar with a site-wide menu, a cookie
 * banner, share buttons, an advert, a figure with a caption, an "Also read" line inside the body, related
 * links, a most-read list, a newsletter form, a comments box and a footer. Each page's text is
 * assembled from sentence patterns with different people, places and figures, so no two pages are alike.
 */
final class NewsPageGenerator {
    private static final String[] OUTLETS = {"Northern Wire", "Coastal Courier", "The Daily Ledger", "Metro Dispatch", "Wireline"};
    private static final String[] CITIES = {"LAGOS", "BERGHOLM", "VALDERA", "PORT ELLIS", "KASSANI", "MIRAVEL", "OSTRAVIK", "TULLAN"};
    private static final String[] PEOPLE = {"Adaeze Okafor", "Ingrid Halvorsen", "Piet de Graaf", "Chidi Eze", "Funmi Adeyemi",
        "Maren Olsvik", "Tomasz Wierzba", "Lucía Ferreira", "Kwame Mensah", "Noor Haddad", "Sung-min Park", "Elena Vasquez"};
    private static final String[] ROLES = {"the transport minister", "the port director", "a union spokesman", "the finance minister",
        "an economist at the Lagos Policy Institute", "the mayor", "a senior official who asked not to be named", "the regulator’s chair"};
    private static final String[] TOPICS = {"harbour fees", "rail fares", "fuel subsidies", "water tariffs", "bus routes",
        "school budgets", "hospital staffing", "grain exports", "power prices", "housing permits"};
    private static final String[] VERBS = {"said", "told reporters", "said in a statement", "added", "wrote on social media"};

    private final Random random;

    NewsPageGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The HTML of page number {@code n}. */
    String page(int n) {
        String outlet = pick(OUTLETS);
        String topic = pick(TOPICS);
        String person = pick(PEOPLE);
        int percent = 2 + random.nextInt(40);
        String title = capitalise(topic) + " to change by " + percent + "% after talks in " + capitalise(pick(CITIES).toLowerCase());
        LocalDate date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(300));
        String slug = topic.replace(' ', '-') + "-" + n;
        String url = "https://" + outlet.toLowerCase().replaceAll("[^a-z]", "") + ".example/news/" + date + "/" + slug;
        StringBuilder html = new StringBuilder(12_000);
        html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .append("<title>").append(title).append(" | ").append(outlet).append("</title>\n")
            .append("<meta property=\"og:title\" content=\"").append(title).append("\">\n")
            .append("<meta property=\"og:site_name\" content=\"").append(outlet).append("\">\n")
            .append("<meta property=\"og:url\" content=\"").append(url).append("\">\n")
            .append("<meta property=\"article:published_time\" content=\"").append(date).append("T08:").append(10 + random.nextInt(50)).append(":00Z\">\n")
            .append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"")
            .append(title).append("\",\"datePublished\":\"").append(date).append("\",\"author\":[{\"@type\":\"Person\",\"name\":\"")
            .append(person).append("\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"").append(outlet).append("\"}}</script>\n")
            .append("<script>window.dataLayer=window.dataLayer||[];dataLayer.push({\"section\":\"news\",\"id\":").append(n).append("});</script>\n")
            .append("<link rel=\"stylesheet\" href=\"/static/site.css\">\n")
            .append(inlineStyleAndConfig(n))
            .append("</head>\n<body>\n")
            .append("<div class=\"cookie-banner\" id=\"cookie-consent\"><p>We use cookies to improve your experience. <button>Accept all</button> <button>Manage choices</button></p></div>\n")
            .append("<header class=\"site-header\"><a class=\"logo\" href=\"/\">").append(outlet).append("</a><nav><ul>")
            .append("<li><a href=\"/world\">World</a></li><li><a href=\"/business\">Business</a></li><li><a href=\"/politics\">Politics</a></li>")
            .append("<li><a href=\"/sport\">Sport</a></li><li><a href=\"/opinion\">Opinion</a></li></ul></nav>")
            .append(megaMenu())
            .append("</header>\n")
            .append("<main><article>\n<header><h1>").append(title).append("</h1>\n")
            .append("<p class=\"byline\">By <a href=\"/staff/").append(n).append("\">").append(person).append("</a></p>\n")
            .append("<time datetime=\"").append(date).append("\">").append(date).append("</time></header>\n")
            .append("<div class=\"share-buttons\"><a href=\"#\">Share on X</a> <a href=\"#\">Facebook</a> <a href=\"#\">Email</a></div>\n")
            .append("<div itemprop=\"articleBody\">\n");
        List<String> paragraphs = paragraphs(topic, percent);
        for (int i = 0; i < paragraphs.size(); i++) {
            html.append("<p>").append(paragraphs.get(i)).append("</p>\n");
            if (i == 2) {
                html.append("<div class=\"ad-slot advertisement\"><span>Advertisement</span><iframe src=\"/ads/").append(n).append("\"></iframe></div>\n");
            }
            if (i == 3) {
                html.append("<figure><img src=\"/img/").append(n).append(".jpg\" alt=\"\"><figcaption>Commuters wait on a platform. Photo: Staff</figcaption></figure>\n");
            }
            if (i == 4) {
                html.append("<p><strong>Also read:</strong> <a href=\"/news/").append(n + 1).append("\">What the ").append(pick(TOPICS)).append(" row means for you</a></p>\n");
            }
        }
        html.append("</div>\n</article>\n")
            .append("<aside class=\"related\"><h2>Related stories</h2><ul>");
        for (int i = 1; i <= 4; i++) {
            html.append("<li><a href=\"/news/").append(n + i * 7).append("\">").append(capitalise(pick(TOPICS))).append(" debate returns to parliament</a></li>");
        }
        html.append("</ul></aside>\n").append(mostReadAndNewsletter(n)).append("</main>\n")
            .append("<footer><p>© 2026 ").append(outlet).append(". All rights reserved.</p><a href=\"/privacy\">Privacy</a> <a href=\"/terms\">Terms</a></footer>\n")
            .append("<script src=\"/static/app.js\"></script>\n</body>\n</html>\n");
        return html.toString();
    }

    /** The reading text of one story: its paragraphs, from the dateline to the reporting credit. */
    List<String> storyParagraphs() {
        return paragraphs(pick(TOPICS), 2 + random.nextInt(40));
    }

    private List<String> paragraphs(String topic, int percent) {
        List<String> paragraphs = new ArrayList<>();
        String city = pick(CITIES);
        paragraphs.add(city + ", " + (1 + random.nextInt(28)) + " March (" + pick(OUTLETS) + ") – Officials agreed on Tuesday to change "
                + topic + " by " + percent + "% from next month, ending a dispute that had run for " + (2 + random.nextInt(20))
                + " weeks, according to a statement released late on Monday.");
        int count = 8 + random.nextInt(12);
        for (int i = 0; i < count; i++) {
            String person = pick(PEOPLE);
            paragraphs.add(switch (random.nextInt(5)) {
                case 0 -> "“We have listened to everyone involved, and this is the fairest deal we could find on " + topic + ",” "
                        + person + ", " + pick(ROLES) + ", " + pick(VERBS) + ". “Nobody got everything they wanted.”";
                case 1 -> "The change affects about " + (1_000 + random.nextInt(90_000)) + " households, according to figures from "
                        + pick(ROLES) + ", who put the cost at " + (2 + random.nextInt(400)) + " million over " + (2 + random.nextInt(5)) + " years.";
                case 2 -> person + " " + pick(VERBS) + " the plan would be reviewed in " + (3 + random.nextInt(9))
                        + " months. “If the numbers do not hold, we will come back to the table,” " + lastName(person) + " said.";
                case 3 -> "Critics said the deal left open how the payments would be financed. “This is a promise written in pencil,” "
                        + person + " " + pick(VERBS) + ", calling for a vote before the end of the year.";
                default -> "Analysts at the " + capitalise(pick(CITIES).toLowerCase()) + " Institute estimated that "
                        + topic + " had risen " + (1 + random.nextInt(30)) + "." + random.nextInt(10) + "% a year since " + (2015 + random.nextInt(10))
                        + ", faster than wages in " + (random.nextBoolean() ? "most regions" : "every region") + ".";
            });
        }
        paragraphs.add("(Reporting by " + pick(PEOPLE) + "; editing by " + pick(PEOPLE) + ")");
        return paragraphs;
    }

    /** The inline CSS and the analytics and ad configuration a news page carries in its head (about 9 KB). */
    private String inlineStyleAndConfig(int n) {
        StringBuilder head = new StringBuilder("<style>\n");
        for (int i = 0; i < 60; i++) {
            head.append(".c").append(i).append("{margin:0 ").append(i % 7).append("px;padding:").append(i % 5)
                .append("px 8px;font:400 16px/1.5 Georgia,serif;color:#1a1a1a}\n");
        }
        head.append("</style>\n<script>window.__PAGE_CONFIG__={\"articleId\":").append(n).append(",\"adUnits\":[");
        for (int i = 0; i < 40; i++) {
            head.append(i == 0 ? "" : ",").append("{\"slot\":\"div-gpt-ad-").append(1000 + i).append("\",\"sizes\":[[300,250],[728,90]],\"targeting\":{\"pos\":\"")
                .append(i).append("\",\"section\":\"news\"}}");
        }
        head.append("],\"consent\":{\"vendors\":[").append(random.nextInt(900)).append(",755,804,91,32]}};</script>\n");
        return head.toString();
    }

    /** A site-wide menu of sections and subsections, as most news sites print on every page. */
    private String megaMenu() {
        StringBuilder menu = new StringBuilder("<div class=\"mega-menu\" hidden>");
        String[] sections = {"World", "Africa", "Europe", "Americas", "Asia", "Business", "Markets", "Technology", "Science", "Health",
            "Climate", "Politics", "Opinion", "Culture", "Sport", "Travel"};
        for (String section : sections) {
            menu.append("<ul class=\"menu-col\"><li class=\"menu-head\"><a href=\"/").append(section.toLowerCase()).append("\">").append(section).append("</a></li>");
            for (int i = 1; i <= 6; i++) {
                menu.append("<li><a href=\"/").append(section.toLowerCase()).append("/topic-").append(i).append("\">").append(section).append(" topic ").append(i).append("</a></li>");
            }
            menu.append("</ul>");
        }
        return menu.append("</div>").toString();
    }

    private String mostReadAndNewsletter(int n) {
        StringBuilder block = new StringBuilder("<section class=\"most-read\"><h2>Most read</h2><ol>");
        for (int i = 1; i <= 10; i++) {
            block.append("<li><a href=\"/news/").append(n * 3 + i).append("\">").append(capitalise(pick(TOPICS))).append(": what ")
                .append(pick(PEOPLE)).append(" said next</a></li>");
        }
        return block.append("</ol></section>\n<form class=\"newsletter\"><label>Get the morning briefing</label>")
            .append("<input type=\"email\" placeholder=\"Your email\"><button>Sign up</button></form>\n")
            .append("<div id=\"comments\" class=\"comments\"><p>Comments are closed for this story.</p></div>\n").toString();
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }

    private static String lastName(String person) {
        return person.substring(person.lastIndexOf(' ') + 1);
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
