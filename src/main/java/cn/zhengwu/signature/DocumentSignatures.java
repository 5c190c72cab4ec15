package cn.zhengwu.signature;

import java.time.Clock;
import java.time.ZonedDateTime;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.signature.key.OfficeKeys;
import cn.zhengwu.signature.key.TrustedCertificates;
import cn.zhengwu.signature.pades.PadesSigner;
import cn.zhengwu.signature.pades.PadesVerifier;
import org.springframework.stereotype.Service;

/**
 * 电子签章 and 验签 — signs issued PDFs with the office's key and verifies signed PDFs. Stateless and safe to call
 * concurrently; nothing it is given is stored.
 */
@Service
public class DocumentSignatures {

    private final OfficeKeys keys;
    private final PadesSigner signer = new PadesSigner();
    private final PadesVerifier verifier;
    private final Clock clock;

    public DocumentSignatures(OfficeKeys keys, TrustedCertificates trusted, Clock clock) {
        this.keys = keys;
        this.verifier = new PadesVerifier(trusted, clock);
        this.clock = clock;
    }

    /**
     * The PDF signed with the office's key as PAdES baseline-B, signed now. The signature is appended as an
     * incremental update: the given bytes are the start of the result, unchanged.
     *
     * @throws BusinessRuleViolation {@code signature.pdf.unreadable} (400) when {@code pdf} is not a readable PDF,
     *     {@code signature.sign.noKey} (409) when no keystore is configured in production
     */
    public byte[] sign(byte[] pdf) {
        return signer.sign(pdf, keys.require(), ZonedDateTime.now(clock));
    }

    /**
     * 验签: whether the PDF is signed, intact and by whom.
     *
     * @throws BusinessRuleViolation {@code signature.pdf.unreadable} (400) when {@code pdf} is not a readable PDF
     */
    public SignatureVerification verify(byte[] pdf) {
        return verifier.verify(pdf);
    }
}
