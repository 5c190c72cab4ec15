package cn.zhengwu.signature.pades;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.ZonedDateTime;
import java.util.GregorianCalendar;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.signature.key.OfficeKey;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * Signs a PDF as PAdES baseline-B: an incremental update appends the signature dictionary (SubFilter
 * {@code ETSI.CAdES.detached}, the signing time in {@code M}) and a detached CMS over every byte of the file but
 * the signature itself. The bytes given are left as they are, so earlier revisions stay verifiable.
 */
public final class PadesSigner {

    /** Room for the signature value, the signed attributes and the structure around them, beside the chain. */
    private static final int ROOM_BESIDE_CHAIN = 4096;

    /**
     * The signed PDF.
     *
     * @throws BusinessRuleViolation when {@code pdf} is not a readable PDF
     */
    public byte[] sign(byte[] pdf, OfficeKey key, ZonedDateTime at) {
        try (PDDocument document = load(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(CertificateNames.commonName(key.certificate()));
            signature.setSignDate(GregorianCalendar.from(at));
            int room = room(key);
            options.setPreferredSignatureSize(room);
            document.addSignature(signature, content -> cms(content.readAllBytes(), key), options);
            // The value is written in hexadecimal, two characters a byte.
            ByteArrayOutputStream signed = new ByteArrayOutputStream(pdf.length + 2 * room + 2048);
            document.saveIncremental(signed);
            return signed.toByteArray();
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot sign the PDF", e);
        }
    }

    static PDDocument load(byte[] pdf) {
        try {
            return Loader.loadPDF(pdf);
        }
        catch (IOException unreadable) {
            throw BusinessRuleViolation.invalid("signature.pdf.unreadable");
        }
    }

    private static byte[] cms(byte[] content, OfficeKey key) throws IOException {
        X509Certificate certificate = key.certificate();
        String algorithm = "EC".equals(key.privateKey().getAlgorithm()) ? "SHA256withECDSA" : "SHA256withRSA";
        try {
            JcaSignerInfoGeneratorBuilder signerInfo = new JcaSignerInfoGeneratorBuilder(
                new JcaDigestCalculatorProviderBuilder().build())
                .setSignedAttributeGenerator(new PadesSignedAttributes(certificate));
            CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
            generator.addSignerInfoGenerator(signerInfo
                .build(new JcaContentSignerBuilder(algorithm).build(key.privateKey()), certificate));
            generator.addCertificates(new JcaCertStore(key.chain()));
            return generator.generate(new CMSProcessableByteArray(content), false).getEncoded(ASN1Encoding.DER);
        }
        catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
            throw new IOException("Cannot make the CMS signature with " + key, e);
        }
    }

    private static int room(OfficeKey key) {
        int chain = 0;
        for (X509Certificate certificate : key.chain()) {
            try {
                chain += certificate.getEncoded().length;
            }
            catch (CertificateEncodingException e) {
                throw new IllegalStateException(e);
            }
        }
        return chain + ROOM_BESIDE_CHAIN;
    }
}
