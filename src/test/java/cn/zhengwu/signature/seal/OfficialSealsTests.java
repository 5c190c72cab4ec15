package cn.zhengwu.signature.seal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import cn.zhengwu.signature.OfficialSeals;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 印章: the scanned seal when configured, otherwise a round red seal drawn with the organ's name. */
class OfficialSealsTests {

    @TempDir
    Path seals;

    final SealDrawing drawing = new SealDrawing(null);

    @Test
    void aDrawnSealIsARedRingWithAStarOnATransparentBackground() throws IOException {
        BufferedImage seal = image(new OfficialSeals(new ScannedSeals(null), drawing)
            .sealOf("上海市人民政府办公厅", "沪府办"));

        int size = SealDrawing.SIZE;
        assertThat(seal.getWidth()).isEqualTo(size);
        assertThat(seal.getHeight()).isEqualTo(size);
        assertThat(alpha(seal, 0, 0)).as("corner").isZero();
        assertThat(alpha(seal, size / 2, size / 4 + size / 20)).as("between the name and the star").isZero();
        assertThat(red(seal, size / 2, size / 2)).as("the star's centre").isTrue();
        assertThat(red(seal, size / 2, size / 2 - size * 16 / 100 + 6)).as("the star's upper point").isTrue();
        assertThat(red(seal, 6, size / 2)).as("the ring, left").isTrue();
        assertThat(red(seal, size - 7, size / 2)).as("the ring, right").isTrue();
        assertThat(red(seal, size / 2, size - 7)).as("the ring, bottom").isTrue();
        assertThat(inkBetween(seal, size / 2 - 12, size / 2 + 12, 30, size / 4)).as("the name under the ring's top")
            .isGreaterThan(100);
        assertThat(inkBetween(seal, size / 2 - 12, size / 2 + 12, size * 3 / 4, size - 30))
            .as("nothing on the lower arc").isZero();
    }

    @Test
    void aLongNameStillFitsTheUpperArc() throws IOException {
        BufferedImage seal = image(drawing.draw("上海市浦东新区人民政府办公室综合业务专用"));

        int size = SealDrawing.SIZE;
        assertThat(inkBetween(seal, size / 2 - 12, size / 2 + 12, size * 3 / 4, size - 30)).isZero();
    }

    @Test
    void aConfiguredSealIsUsedAsScanned() throws IOException {
        byte[] scanned = drawing.draw("上海市人民政府");
        Files.write(seals.resolve("沪府.png"), scanned);

        OfficialSeals official = new OfficialSeals(new ScannedSeals(seals), drawing);

        assertThat(official.sealOf("上海市人民政府", "沪府")).isEqualTo(scanned);
        assertThat(official.sealOf("上海市人民政府办公厅", "沪府办")).isNotEqualTo(scanned);
    }

    @Test
    void aCodeWordNeverReadsOutsideTheDirectory() throws IOException {
        Path inside = Files.createDirectories(seals.resolve("seals"));
        Files.write(seals.resolve("secret.png"), drawing.draw("外部"));

        ScannedSeals scanned = new ScannedSeals(inside);

        assertThat(scanned.find("../secret")).isEmpty();
        assertThat(scanned.find("/etc/passwd\0")).isEmpty();
    }

    @Test
    void aFileThatIsNotAPngIsNotUsed() throws IOException {
        Files.writeString(seals.resolve("沪府办.png"), "not an image");

        assertThat(new ScannedSeals(seals).find("沪府办")).isEmpty();
    }

    static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    static int alpha(BufferedImage image, int x, int y) {
        return new Color(image.getRGB(x, y), true).getAlpha();
    }

    static boolean red(BufferedImage image, int x, int y) {
        Color colour = new Color(image.getRGB(x, y), true);
        return colour.getAlpha() > 200 && colour.getRed() > 180 && colour.getGreen() < 40 && colour.getBlue() < 40;
    }

    static int inkBetween(BufferedImage image, int fromX, int toX, int fromY, int toY) {
        int ink = 0;
        for (int x = fromX; x < toX; x++) {
            for (int y = fromY; y < toY; y++) {
                if (alpha(image, x, y) > 0) {
                    ink++;
                }
            }
        }
        return ink;
    }
}
