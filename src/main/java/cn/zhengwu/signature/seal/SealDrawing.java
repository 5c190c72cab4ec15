package cn.zhengwu.signature.seal;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Draws a standard round official seal (公章) in red on a transparent background: a ring, a five-pointed star in
 * the centre and the organ's full name along the upper arc, from left to right, its characters upright towards
 * the centre, in a 宋体. That is the seal of a government's office or department, 4.2 cm across, in
 * 《国务院关于国家行政机关和企业事业单位社会团体印章的规定》(国发〔1999〕25号); a people's government's own seal
 * carries the national emblem instead, and must be configured as a scanned seal. Drawn 600 px wide, about 360 dpi
 * at the 42 mm the layout prints it.
  */
public final class SealDrawing {

    static final int SIZE = 600;
    /** Red ink, slightly transparent, so the 署名 and date it covers show through as on paper. */
    static final Color INK = new Color(0xD7, 0x00, 0x0F, 225);
    /** 宋体-like fonts of Debian (AR PL UMing, then WenQuanYi Zen Hei), when none is configured. */
    static final List<Path> FALLBACK_FONTS = List.of(Path.of("/usr/share/fonts/truetype/arphic/uming.ttc"),
        Path.of("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"));

    private static final Logger log = LoggerFactory.getLogger(SealDrawing.class);
    /** The ring, 1.2 mm of 42. */
    private static final float RING = SIZE * 0.03f;
    /** The star's outer radius: the star is about a third of the seal across. */
    private static final float STAR = SIZE * 0.16f;
    private static final float LETTER_SIZE = SIZE * 0.13f;
    /** The widest arc the name may take; a longer name is set in narrower characters, as seal engravers do. */
    private static final double LONGEST_ARC = Math.toRadians(250);
    private static final double SHORTEST_ARC = Math.toRadians(150);

    private final Font font;

    public SealDrawing(@Nullable Path configuredFont) {
        this.font = load(configuredFont);
    }

    /** The seal of the organ named {@code organName}, as a PNG. */
    public byte[] draw(String organName) {
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setColor(INK);
            g.translate(SIZE / 2.0, SIZE / 2.0);
            float ringRadius = SIZE / 2f - 2 - RING / 2;
            g.setStroke(new BasicStroke(RING));
            g.draw(new Ellipse2D.Float(-ringRadius, -ringRadius, 2 * ringRadius, 2 * ringRadius));
            g.fill(star());
            name(g, organName, ringRadius - RING / 2 - SIZE * 0.02f);
        }
        finally {
            g.dispose();
        }
        try {
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot encode the seal of " + organName, e);
        }
    }

    /** A five-pointed star, one point up, centred on the origin. */
    private static Path2D star() {
        // The inner points of a regular star lie at 0.382 of the outer radius.
        double inner = STAR * 0.381966;
        Path2D star = new Path2D.Double();
        for (int i = 0; i < 10; i++) {
            double radius = i % 2 == 0 ? STAR : inner;
            double angle = Math.toRadians(-90 + 36 * i);
            double x = radius * Math.cos(angle);
            double y = radius * Math.sin(angle);
            if (i == 0) {
                star.moveTo(x, y);
            }
            else {
                star.lineTo(x, y);
            }
        }
        star.closePath();
        return star;
    }

    /** The name along the upper arc, the characters' tops {@code outerRadius} from the centre. */
    private void name(Graphics2D g, String organName, float outerRadius) {
        int[] characters = organName.strip().codePoints().toArray();
        if (characters.length == 0) {
            return;
        }
        Font letters = font.deriveFont(LETTER_SIZE);
        float baseline = outerRadius - 0.88f * LETTER_SIZE;
        double middle = baseline + 0.4 * LETTER_SIZE;
        double natural = LETTER_SIZE * 1.05 / middle;
        double arc = Math.clamp(natural * characters.length, SHORTEST_ARC, LONGEST_ARC);
        double step = arc / characters.length;
        if (step < natural) {
            letters = letters.deriveFont(AffineTransform.getScaleInstance(step / natural, 1));
        }
        // Engraved lettering is heavier than a book face: each outline is filled and traced.
        g.setStroke(new BasicStroke(SIZE * 0.004f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        AffineTransform centre = g.getTransform();
        for (int i = 0; i < characters.length; i++) {
            String character = Character.toString(characters[i]);
            // Clockwise from the left end of the arc; 0 is straight up.
            g.rotate(-arc / 2 + step * (i + 0.5));
            GlyphVector glyph = letters.createGlyphVector(g.getFontRenderContext(), character);
            float width = (float) glyph.getLogicalBounds().getWidth();
            Shape outline = glyph.getOutline(-width / 2, -baseline);
            g.fill(outline);
            g.draw(outline);
            g.setTransform(centre);
        }
    }

    private static Font load(@Nullable Path configured) {
        if (configured != null && !Files.isReadable(configured)) {
            log.warn("zhengwu.signature.seal-font names {}, which cannot be read; using a Debian font", configured);
        }
        List<Path> candidates = configured != null && Files.isReadable(configured) ? List.of(configured)
            : FALLBACK_FONTS;
        for (Path candidate : candidates) {
            if (Files.isReadable(candidate)) {
                try {
                    return Font.createFonts(candidate.toFile())[0];
                }
                catch (IOException | FontFormatException e) {
                    log.warn("Cannot load the seal font {}: {}", candidate, e.getMessage());
                }
            }
        }
        log.warn("No Chinese font for drawn seals: install fonts-arphic-uming or set zhengwu.signature.seal-font");
        return new Font(Font.SERIF, Font.PLAIN, 1);
    }
}
