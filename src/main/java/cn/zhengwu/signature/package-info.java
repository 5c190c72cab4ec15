/**
 * 电子签章 — the seal and the digital signature of issued documents. {@link cn.zhengwu.signature.DocumentSignatures}
 * signs a PDF with the office's key as a PAdES baseline-B signature (验签 is its other half: whether a PDF is intact,
 * who signed it and when, and whether the signer is trusted); {@link cn.zhengwu.signature.OfficialSeals} gives the
 * 印章 image of an issuing organ that the layout draws over the 署名.
 * <p>
 * The key is a PKCS#12 keystore ({@code zhengwu.signature.keystore.*}); outside the {@code prod} profile one is
 * generated once and kept when none is configured. The module holds no tables and stores nothing it is given: the
 * documents module keeps the signed PDF. It does not decide when a document is sealed or signed; the issuing flow
 * does, and calls this module.
 */
@ApplicationModule(displayName = "Signature 电子签章", allowedDependencies = "core")
@NullMarked
package cn.zhengwu.signature;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
