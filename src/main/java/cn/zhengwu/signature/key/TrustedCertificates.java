package cn.zhengwu.signature.key;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import java.security.cert.CertPathBuilder;
import java.security.cert.CertStore;
import java.security.cert.CollectionCertStoreParameters;
import java.security.cert.PKIXBuilderParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509CertSelector;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The certificates whose signatures a verification calls trusted: the office's own and those of the configured
 * trust store. A signer is trusted when its certificate is one of them, or a PKIX path leads from it to one of
 * them, valid at the moment of signing. Revocation is not checked: a baseline-B signature carries no revocation
 * data (docs/adr/0010).
 */
public final class TrustedCertificates {

    private final Set<X509Certificate> certificates;
    private final Set<TrustAnchor> anchors;

    public TrustedCertificates(Collection<X509Certificate> certificates) {
        this.certificates = Set.copyOf(certificates);
        this.anchors = this.certificates.stream().map(certificate -> new TrustAnchor(certificate, null))
            .collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether the signer of {@code chain} (its first certificate; the rest are the certificates the signature
     * carries) is trusted at {@code signedAt}.
     */
    public boolean trust(List<X509Certificate> chain, Instant signedAt) {
        X509Certificate signer = chain.getFirst();
        Date at = Date.from(signedAt);
        try {
            if (certificates.contains(signer)) {
                signer.checkValidity(at);
                return true;
            }
            if (anchors.isEmpty()) {
                return false;
            }
            X509CertSelector target = new X509CertSelector();
            target.setCertificate(signer);
            PKIXBuilderParameters parameters = new PKIXBuilderParameters(anchors, target);
            parameters.setRevocationEnabled(false);
            parameters.setDate(at);
            parameters.addCertStore(CertStore.getInstance("Collection", new CollectionCertStoreParameters(chain)));
            CertPathBuilder.getInstance("PKIX").build(parameters);
            return true;
        }
        catch (InvalidAlgorithmParameterException e) {
            throw new IllegalStateException("No usable trust anchor", e);
        }
        catch (GeneralSecurityException untrusted) {
            return false;
        }
    }
}
