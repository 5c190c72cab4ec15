package cn.zhengwu.signature;

import cn.zhengwu.signature.seal.ScannedSeals;
import cn.zhengwu.signature.seal.SealDrawing;
import org.springframework.stereotype.Service;

/**
 * 印章 — the seal image of an issuing organ, for {@code layout.IssuedDocument#seal()}: the scanned seal when one is
 * configured, otherwise a standard round red seal drawn with the organ's name.
 */
@Service
public class OfficialSeals {

    private final ScannedSeals scanned;
    private final SealDrawing drawing;

    public OfficialSeals(ScannedSeals scanned, SealDrawing drawing) {
        this.scanned = scanned;
        this.drawing = drawing;
    }

    /**
     * The seal as a PNG with a transparent background.
     *
     * @param organName the organ's full name, as a drawn seal shows it (e.g. {@code 上海市人民政府办公厅})
     * @param codeWord its 发文机关代字 (e.g. {@code 沪府办}), which names its scanned seal {@code <code word>.png}
     */
    public byte[] sealOf(String organName, String codeWord) {
        return scanned.find(codeWord).orElseGet(() -> drawing.draw(organName));
    }
}
