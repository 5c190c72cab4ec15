package cn.zhengwu.signature.key;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

/**
 * The office's signing key and its certificate chain, the signer's certificate first.
 *
 * @param privateKey the key that signs
 * @param chain the signer's certificate, then its issuers (a self-signed certificate stands alone)
 */
public record OfficeKey(PrivateKey privateKey, List<X509Certificate> chain) {

    public OfficeKey {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("a signing key needs its certificate");
        }
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    @Override
    public String toString() {
        return "OfficeKey[" + certificate().getSubjectX500Principal() + "]";
    }
}
