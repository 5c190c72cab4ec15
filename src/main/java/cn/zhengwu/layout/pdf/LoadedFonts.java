package cn.zhengwu.layout.pdf;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.jspecify.annotations.Nullable;

/**
 * The fonts of one document, embedded as subsets. The font files stay open until the document is saved, since
 * subsetting reads them then; {@link #close()} afterwards.
 */
final class LoadedFonts implements Closeable {

    final PDType0Font xiaobiaosong;
    final PDType0Font fangsong;
    final PDType0Font kaiti;
    final PDType0Font heiti;
    final PDType0Font songti;

    /** Where the em dash's ink is centred, above the baseline, in em of the page-number font. */
    final float songtiDashCentre;

    private final List<Closeable> files = new ArrayList<>();
    private final Map<Path, TrueTypeFont> byPath = new HashMap<>();
    /** One embedded subset per file, however many roles it plays (the Debian 宋体 stands in for four). */
    private final Map<Path, PDType0Font> embedded = new HashMap<>();

    LoadedFonts(PDDocument document, FontFiles config) {
        try {
            xiaobiaosong = embed(document, config.xiaobiaosongOrFallback());
            fangsong = embed(document, config.fangsongOrFallback());
            kaiti = embed(document, config.kaitiOrFallback());
            heiti = embed(document, config.heitiOrFallback());
            songti = embed(document, config.songtiOrFallback());
            TrueTypeFont song = open(config.songtiOrFallback());
            songtiDashCentre = dashCentre(song);
        }
        catch (IOException e) {
            close();
            throw new UncheckedIOException("cannot load the fonts of the 公文版式", e);
        }
    }

    private PDType0Font embed(PDDocument document, Path path) throws IOException {
        PDType0Font known = embedded.get(path);
        if (known != null) {
            return known;
        }
        PDType0Font font = PDType0Font.load(document, open(path), true);
        embedded.put(path, font);
        return font;
    }

    private TrueTypeFont open(Path path) throws IOException {
        TrueTypeFont known = byPath.get(path);
        if (known != null) {
            return known;
        }
        TrueTypeFont font;
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
            files.add(collection);
            font = first(collection);
        }
        else {
            font = new TTFParser().parse(new RandomAccessReadBufferedFile(path.toFile()));
            files.add(font);
        }
        byPath.put(path, font);
        return font;
    }

    private static TrueTypeFont first(TrueTypeCollection collection) throws IOException {
        List<TrueTypeFont> faces = new ArrayList<>();
        collection.processAllFonts(faces::add);
        if (faces.isEmpty()) {
            throw new IOException("empty font collection");
        }
        return faces.getFirst();
    }

    private static float dashCentre(TrueTypeFont font) throws IOException {
        int glyphId = font.getUnicodeCmapLookup().getGlyphId('—');
        @Nullable GlyphData glyph = font.getGlyph().getGlyph(glyphId);
        float unitsPerEm = font.getUnitsPerEm();
        if (glyph == null || glyphId == 0) {
            return 0.3f;
        }
        return (glyph.getYMinimum() + glyph.getYMaximum()) / 2f / unitsPerEm;
    }

    @Override
    public void close() {
        for (Closeable file : files) {
            try {
                file.close();
            }
            catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        files.clear();
    }
}
