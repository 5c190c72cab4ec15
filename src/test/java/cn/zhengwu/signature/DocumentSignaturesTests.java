package cn.zhengwu.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import cn.zhengwu.core.BusinessRuleViolation;
import cn.zhengwu.signature.SignatureVerification.Outcome;
import cn.zhengwu.signature.key.OfficeKey;
import cn.zhengwu.signature.key.OfficeKeys;
import cn.zhengwu.signature.key.TrustedCertificates;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.cms.CMSSignedData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 电子签章 and 验签 of a real issued document: laid out, sealed, signed, then verified, altered and extended. */
class DocumentSignaturesTests {

    @TempDir
    static Path keys;

    static OfficeKey office;
    static DocumentSignatures signatures;
    static byte[] issued;
    static byte[] signed;

    @BeforeAll
    static void signTheIssuedDocument() {
        office = SignedDocuments.key(keys.resolve("office"));
        signatures = new DocumentSignatures(OfficeKeys.of(office),
            new TrustedCertificates(List.of(office.certificate())), SignedDocuments.CLOCK);
        issued = SignedDocuments.issued(1);
        signed = signatures.sign(issued);
    }

    @Test
    void theSignedDocumentIsIntactAndNamesTheOfficeAndTheTime() {
        SignatureVerification verification = signatures.verify(signed);

        assertThat(verification.outcome()).isEqualTo(Outcome.INTACT);
        assertThat(verification.signed()).isTrue();
        assertThat(verification.intact()).isTrue();
        assertThat(verification.trusted()).isTrue();
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.signer()).isEqualTo("上海市人民政府办公厅");
            assertThat(signature.organization()).isEqualTo("上海市人民政府办公厅");
            assertThat(signature.signedAt()).isEqualTo(SignedDocuments.CLOCK.instant());
            assertThat(signature.coversWholeDocument()).isTrue();
            assertThat(signature.certificateSha256()).hasSize(64);
        });
    }

    @Test
    void signingAppendsAnIncrementalUpdateAndLeavesTheIssuedBytesAsTheyWere() {
        assertThat(Arrays.copyOf(signed, issued.length)).isEqualTo(issued);
        assertThat(signed.length).isGreaterThan(issued.length);
    }

    @Test
    void theSignatureIsPadesBaselineB() throws Exception {
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDSignature signature = document.getLastSignatureDictionary();
            assertThat(signature.getFilter()).isEqualTo("Adobe.PPKLite");
            assertThat(signature.getSubFilter()).isEqualTo("ETSI.CAdES.detached");
            assertThat(signature.getSignDate().toInstant()).isEqualTo(SignedDocuments.CLOCK.instant());
            ContentInfo cms;
            try (ASN1InputStream contents = new ASN1InputStream(signature.getContents())) {
                cms = ContentInfo.getInstance(contents.readObject());
            }
            AttributeTable attributes = new CMSSignedData(cms).getSignerInfos().getSigners().iterator().next()
                .getSignedAttributes();
            assertThat(attributes.get(PKCSObjectIdentifiers.id_aa_signingCertificateV2)).isNotNull();
            assertThat(attributes.get(CMSAttributes.messageDigest)).isNotNull();
            assertThat(attributes.get(CMSAttributes.signingTime)).as("PAdES takes the time from M").isNull();
        }
    }

    @Test
    void oneByteChangedInsideTheSignedRangeIsAnAlteredDocument() {
        byte[] altered = signed.clone();
        // The second line of the header is a comment of binary bytes: changing one keeps the file readable.
        assertThat(altered[11] & 0xFF).isGreaterThanOrEqualTo(0x80);
        altered[11] ^= 0x01;

        SignatureVerification verification = signatures.verify(altered);

        assertThat(verification.outcome()).isEqualTo(Outcome.ALTERED);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.trusted()).isFalse();
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).isFalse();
            assertThat(signature.signer()).isEqualTo("上海市人民政府办公厅");
        });
    }

    @Test
    void anIncrementalUpdateAfterSigningIsNotCoveredBySignature() throws IOException {
        ByteArrayOutputStream extended = new ByteArrayOutputStream();
        try (PDDocument document = Loader.loadPDF(signed)) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("已修改的标题");
            information.getCOSObject().setNeedToBeUpdated(true);
            document.saveIncremental(extended);
        }

        SignatureVerification verification = signatures.verify(extended.toByteArray());

        assertThat(verification.outcome()).isEqualTo(Outcome.CHANGED_AFTER_SIGNING);
        assertThat(verification.intact()).isFalse();
        assertThat(verification.signatures()).singleElement().satisfies(signature -> {
            assertThat(signature.intact()).as("the signed revision itself is untouched").isTrue();
            assertThat(signature.coversWholeDocument()).isFalse();
        });
    }

    @Test
    void anUnsignedDocumentIsReportedAsUnsigned() {
        SignatureVerification verification = signatures.verify(issued);

        assertThat(verification.outcome()).isEqualTo(Outcome.UNSIGNED);
        assertThat(verification.signed()).isFalse();
        assertThat(verification.intact()).isFalse();
        assertThat(verification.signatures()).isEmpty();
    }

    @Test
    void aSignatureWithAKeyNobodyTrustsIsIntactButNotTrusted() {
        OfficeKey stranger = SignedDocuments.key(keys.resolve("stranger"));
        DocumentSignatures elsewhere = new DocumentSignatures(OfficeKeys.of(stranger),
            new TrustedCertificates(List.of(stranger.certificate())), SignedDocuments.CLOCK);

        SignatureVerification verification = signatures.verify(elsewhere.sign(issued));

        assertThat(verification.outcome()).isEqualTo(Outcome.INTACT);
        assertThat(verification.trusted()).isFalse();
        assertThat(verification.signatures()).singleElement().extracting(VerifiedSignature::trusted).isEqualTo(false);
    }

    @Test
    void whatIsNotAPdfIsRefused() {
        byte[] text = "这不是 PDF".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> signatures.verify(text)).isInstanceOfSatisfying(BusinessRuleViolation.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("signature.pdf.unreadable"));
        assertThatThrownBy(() -> signatures.sign(new byte[0])).isInstanceOfSatisfying(BusinessRuleViolation.class,
            refused -> assertThat(refused.kind()).isEqualTo(BusinessRuleViolation.Kind.INVALID));
    }

    @Test
    void withoutAKeySigningIsRefusedButVerifyingWorks() {
        DocumentSignatures keyless = new DocumentSignatures(OfficeKeys.none(),
            new TrustedCertificates(List.of(office.certificate())), SignedDocuments.CLOCK);

        assertThatThrownBy(() -> keyless.sign(issued)).isInstanceOfSatisfying(BusinessRuleViolation.class,
            refused -> assertThat(refused.messageKey()).isEqualTo("signature.sign.noKey"));
        assertThat(keyless.verify(signed).trusted()).isTrue();
    }

    @Test
    void aTenPageDocumentIsSignedAndVerifiedWhole() throws IOException {
        byte[] tenPages = SignedDocuments.issued(10);
        try (PDDocument document = Loader.loadPDF(tenPages)) {
            assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(10);
        }

        assertThat(signatures.verify(signatures.sign(tenPages)).outcome()).isEqualTo(Outcome.INTACT);
    }
}
