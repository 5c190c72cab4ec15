package cn.zhengwu.documents.draft;

import cn.zhengwu.layout.IssuedDocument.Level;
import cn.zhengwu.layout.IssuedDocument.Paragraph;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document.OutputSettings;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * 正文 as the editor writes it, limited to what GB/T 9704 can lay out: paragraphs, the four levels of headings
 * (一、 as {@code h2}, （一） as {@code h3}, 1. as {@code h4}, （1） as {@code h5}) and plain tables. Anything else —
 * scripts, styles, links, attributes — is removed on the server, whatever the browser sent.
 */
public final class BodyHtml {

    private static final Safelist LAYOUT_ONLY = new Safelist()
        .addTags("p", "h2", "h3", "h4", "h5", "table", "thead", "tbody", "tr", "th", "td", "br");
    private static final OutputSettings COMPACT = new OutputSettings().prettyPrint(false);

    private BodyHtml() {
    }

    /** The body with everything the layout cannot carry removed; loose text becomes paragraphs. */
    public static String sanitize(String html) {
        String clean = Jsoup.clean(html, "", LAYOUT_ONLY, COMPACT);
        var body = Jsoup.parseBodyFragment(clean).body();
        var wrapped = new StringBuilder();
        var loose = new StringBuilder();
        for (var node : body.childNodes()) {
            if (node instanceof Element element && !element.tagName().equals("br")) {
                flush(loose, wrapped);
                if (!element.text().isBlank()) {
                    wrapped.append(element.outerHtml());
                }
            }
            else if (!(node instanceof Element)) {
                loose.append(node.outerHtml());
            }
            else {
                flush(loose, wrapped);
            }
        }
        flush(loose, wrapped);
        return wrapped.toString();
    }

    /** The body's paragraphs for the layout: headings with their level, a table's rows as lines of cells. */
    public static List<Paragraph> paragraphs(String safeHtml) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Element block : Jsoup.parseBodyFragment(safeHtml).body().children()) {
            if (block.tagName().equals("table")) {
                for (Element row : block.select("tr")) {
                    paragraphs.add(Paragraph.text(String.join("　", row.select("th, td").eachText())));
                }
            }
            else {
                paragraphs.add(new Paragraph(level(block.tagName()), block.text().strip()));
            }
        }
        return paragraphs;
    }

    /** The numbered headings, in order, for the review of their numbering. */
    public static List<String> headings(String safeHtml) {
        return Jsoup.parseBodyFragment(safeHtml).body().select("h2, h3, h4, h5").eachText();
    }

    /** Each block as one line of plain text: what versions are compared by. */
    public static List<String> lines(String safeHtml) {
        return paragraphs(safeHtml).stream().map(Paragraph::text).toList();
    }

    private static Level level(String tag) {
        return switch (tag) {
            case "h2" -> Level.FIRST;
            case "h3" -> Level.SECOND;
            case "h4" -> Level.THIRD;
            case "h5" -> Level.FOURTH;
            default -> Level.TEXT;
        };
    }

    private static void flush(StringBuilder loose, StringBuilder wrapped) {
        String text = Jsoup.parseBodyFragment(loose.toString()).text().strip();
        if (!text.isEmpty()) {
            wrapped.append("<p>").append(org.jsoup.nodes.Entities.escape(text)).append("</p>");
        }
        loose.setLength(0);
    }
}
