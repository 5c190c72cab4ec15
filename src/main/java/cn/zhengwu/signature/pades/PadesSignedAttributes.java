package cn.zhengwu.signature.pades;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.util.Map;

import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaX509CertificateHolder;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;

/**
 * The signed attributes of a PAdES baseline-B signature (ETSI EN 319 142-1, 5.3 and 6.3): content-type,
 * message-digest and signing-certificate-v2, which binds the signer's certificate into what is signed; and no
 * signing-time, which PAdES forbids because the claimed time is the signature dictionary's {@code M} entry.
 */
final class PadesSignedAttributes implements CMSAttributeTableGenerator {

    private final DefaultSignedAttributeTableGenerator defaults;

    PadesSignedAttributes(X509Certificate signer) {
        this.defaults = new DefaultSignedAttributeTableGenerator(new AttributeTable(signingCertificateV2(signer)));
    }

    @Override
    @SuppressWarnings("rawtypes")
    public AttributeTable getAttributes(Map parameters) {
        return defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }

    /** ESS signing-certificate-v2 (RFC 5035): the SHA-256 of the certificate, with its issuer and serial number. */
    private static Attribute signingCertificateV2(X509Certificate signer) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(signer.getEncoded());
            JcaX509CertificateHolder holder = new JcaX509CertificateHolder(signer);
            IssuerSerial issuerSerial = new IssuerSerial(new GeneralNames(new GeneralName(holder.getIssuer())),
                holder.getSerialNumber());
            ESSCertIDv2 id = new ESSCertIDv2(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256), hash,
                issuerSerial);
            return new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(id)));
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot describe the signing certificate", e);
        }
    }
}
