package cn.zhengwu.signature.pades;

import java.io.IOException;
import java.io.OutputStream;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.signature.SignatureVerification;
import cn.zhengwu.signature.VerifiedSignature;
import cn.zhengwu.signature.key.TrustedCertificates;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.jspecify.annotations.Nullable;

/**
 * 验签: checks every signature of a PDF. A signature is intact when its byte range is well formed, its CMS
 * message digest matches the bytes it covers, the CMS signature verifies with the certificate it names, and that
 * certificate is the one its signing-certificate-v2 attribute (when present) binds. It covers the whole document
 * when its byte range runs from the first byte to the last, leaving out only its own value.
 */
public final class PadesVerifier {

    private final TrustedCertificates trusted;
    private final Clock clock;

    public PadesVerifier(TrustedCertificates trusted, Clock clock) {
        this.trusted = trusted;
        this.clock = clock;
    }

    /**
     * What the signatures of {@code pdf} say.
     *
     * @throws BusinessRuleViolation when {@code pdf} is not a readable PDF
     */
    public SignatureVerification verify(byte[] pdf) {
        List<VerifiedSignature> signatures = new ArrayList<>();
        try (PDDocument document = PadesSigner.load(pdf)) {
            for (PDSignature signature : document.getSignatureDictionaries()) {
                signatures.add(check(pdf, signature));
            }
        }
        catch (IOException unreadable) {
            throw BusinessRuleViolation.invalid("signature.pdf.unreadable");
        }
        return SignatureVerification.of(signatures);
    }

    private VerifiedSignature check(byte[] pdf, PDSignature signature) throws IOException {
        int[] range = signature.getByteRange();
        boolean wellFormed = range.length == 4 && range[0] == 0 && range[1] > 0 && range[2] > range[1]
            && range[3] >= 0 && (long) range[2] + range[3] <= pdf.length;
        // The gap must be exactly the hexadecimal string of /Contents, so that nothing else escapes the digest.
        boolean coversWholeDocument = wellFormed && range[2] + range[3] == pdf.length && pdf[range[1]] == '<'
            && pdf[range[2] - 1] == '>';
        Instant signedAt = instant(signature.getSignDate());
        CMSSignedData cms;
        try {
            byte[] covered = wellFormed ? signature.getSignedContent(pdf) : new byte[0];
            cms = new CMSSignedData(new CMSProcessableByteArray(covered), contentInfo(signature.getContents()));
        }
        catch (CMSException | IOException | IllegalArgumentException | ClassCastException unreadable) {
            return new VerifiedSignature(signature.getName(), null, signedAt, coversWholeDocument, false, false, null);
        }
        List<SignerInformation> signers = List.copyOf(cms.getSignerInfos().getSigners());
        X509CertificateHolder holder = signers.size() == 1 ? certificate(cms, signers.getFirst()) : null;
        if (holder == null) {
            return new VerifiedSignature(signature.getName(), null, signedAt, coversWholeDocument, false, false, null);
        }
        try {
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);
            SignerInformation signer = signers.getFirst();
            boolean intact = wellFormed && verifies(signer, holder) && bindsCertificate(signer, holder);
            List<X509Certificate> chain = chain(cms, certificate);
            boolean trust = trusted.trust(chain, signedAt != null ? signedAt : clock.instant());
            return new VerifiedSignature(CertificateNames.commonName(certificate),
                CertificateNames.organization(certificate), signedAt, coversWholeDocument, intact, trust,
                HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(holder.getEncoded())));
        }
        catch (GeneralSecurityException e) {
            return new VerifiedSignature(signature.getName(), null, signedAt, coversWholeDocument, false, false, null);
        }
    }

    /** The CMS structure at the start of /Contents, which is padded with zeros to its reserved size. */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    private static @Nullable X509CertificateHolder certificate(CMSSignedData cms, SignerInformation signer) {
        Collection<X509CertificateHolder> matches = cms.getCertificates().getMatches(signer.getSID());
        return matches.isEmpty() ? null : (X509CertificateHolder) matches.iterator().next();
    }

    /** The signer's certificate first, then the others the signature carries, for a path to a trusted one. */
    private static List<X509Certificate> chain(CMSSignedData cms, X509Certificate signer)
            throws GeneralSecurityException {
        List<X509Certificate> chain = new ArrayList<>(List.of(signer));
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter();
        for (X509CertificateHolder other : cms.getCertificates().getMatches(null)) {
            X509Certificate certificate = converter.getCertificate(other);
            if (!certificate.equals(signer)) {
                chain.add(certificate);
            }
        }
        return chain;
    }

    /** The message digest matches the covered bytes, and the signature over the signed attributes verifies. */
    private static boolean verifies(SignerInformation signer, X509CertificateHolder certificate) {
        try {
            return signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
        }
        catch (CMSException | OperatorCreationException | GeneralSecurityException broken) {
            return false;
        }
    }

    /**
     * The certificate is the one signing-certificate-v2 names, so it cannot be swapped for another with the same
     * key. Signatures of other tools without the attribute (adbe.pkcs7.detached) are judged without it.
     */
    private static boolean bindsCertificate(SignerInformation signer, X509CertificateHolder certificate)
            throws IOException {
        AttributeTable attributes = signer.getSignedAttributes();
        Attribute attribute = attributes == null ? null
            : attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2);
        if (attribute == null) {
            return true;
        }
        ESSCertIDv2 first = SigningCertificateV2.getInstance(attribute.getAttrValues().getObjectAt(0)).getCerts()[0];
        try {
            DigestCalculator digest = new JcaDigestCalculatorProviderBuilder().build().get(first.getHashAlgorithm());
            try (OutputStream out = digest.getOutputStream()) {
                out.write(certificate.getEncoded());
            }
            return MessageDigest.isEqual(digest.getDigest(), first.getCertHash());
        }
        catch (OperatorCreationException unknownAlgorithm) {
            return false;
        }
    }

    private static @Nullable Instant instant(@Nullable Calendar calendar) {
        return calendar == null ? null : calendar.toInstant();
    }
}
