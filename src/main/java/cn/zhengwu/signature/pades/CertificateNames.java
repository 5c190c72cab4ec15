package cn.zhengwu.signature.pades;

import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x500.style.IETFUtils;
import org.jspecify.annotations.Nullable;

/** The names in a certificate's subject, read as text (Chinese names are UTF8String there). */
final class CertificateNames {

    private CertificateNames() {
    }

    static String commonName(X509Certificate certificate) {
        String name = attribute(certificate, BCStyle.CN);
        return name != null ? name : certificate.getSubjectX500Principal().getName();
    }

    static @Nullable String organization(X509Certificate certificate) {
        return attribute(certificate, BCStyle.O);
    }

    private static @Nullable String attribute(X509Certificate certificate, ASN1ObjectIdentifier type) {
        RDN[] rdns = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()).getRDNs(type);
        if (rdns.length == 0) {
            return null;
        }
        ASN1Encodable value = rdns[0].getFirst().getValue();
        return value instanceof ASN1String text ? text.getString() : IETFUtils.valueToString(value);
    }
}
