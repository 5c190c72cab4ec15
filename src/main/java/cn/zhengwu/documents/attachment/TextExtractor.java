package cn.zhengwu.documents.attachment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

/**
 * The text of an attachment, for search: Apache Tika parses PDF, Office files, plain text and the entries of a ZIP;
 * images yield no text (no OCR). A file that cannot be parsed (encrypted, damaged inside) is still attached, with
 * no text: search then finds it only by its name.
 */
@Component
public class TextExtractor {

    private static final Logger log = LoggerFactory.getLogger(TextExtractor.class);

    private final Parser parser = new AutoDetectParser();
    private final AttachmentLimits limits;

    TextExtractor(AttachmentLimits limits) {
        this.limits = limits;
    }

    /** At most {@code zhengwu.documents.attachments.max-text-length} characters of the file's text. */
    public String textOf(byte[] content) {
        BodyContentHandler text = new BodyContentHandler(limits.maxTextLength());
        ParseContext context = new ParseContext();
        // The entries of a ZIP are parsed too.
        context.set(Parser.class, parser);
        try (InputStream stream = TikaInputStream.get(content)) {
            parser.parse(stream, text, new Metadata(), context);
        }
        catch (SAXException full) {
            if (!WriteLimitReachedException.isWriteLimitReached(full)) {
                log.warn("No text from an attachment: {}", full.getMessage());
                return "";
            }
        }
        catch (TikaException unparsable) {
            log.warn("No text from an attachment: {}", unparsable.getMessage());
            return "";
        }
        catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        return text.toString().strip().replaceAll("\\s*\\n\\s*", "\n");
    }
}
