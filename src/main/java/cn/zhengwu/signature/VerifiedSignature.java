package cn.zhengwu.signature;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One digital signature of a PDF, as 验签 found it.
 *
 * @param signer the signer: the common name (CN) of its certificate; when the signature cannot be read, the name
 *     its dictionary claims, if any
 * @param organization the organization (O) of its certificate, if it names one
 * @param signedAt when it was signed, as the signature dictionary states (PAdES puts the claimed time there)
 * @param coversWholeDocument whether its byte range covers the whole file but its own value: nothing was added
 *     after it
 * @param intact whether the bytes it covers are the bytes that were signed (digest and CMS signature check out)
 * @param trusted whether the signer's certificate is the office's own or leads to the configured trust store,
 *     valid when it signed
 * @param certificateSha256 the SHA-256 fingerprint of the signer's certificate, in hex, to compare by hand; none
 *     when the signature carries no readable certificate
 */
public record VerifiedSignature(@Nullable String signer, @Nullable String organization, @Nullable Instant signedAt,
        boolean coversWholeDocument, boolean intact, boolean trusted, @Nullable String certificateSha256) {
}
