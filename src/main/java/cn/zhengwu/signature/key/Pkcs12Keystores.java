package cn.zhengwu.signature.key;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Reads keys and certificates from keystore files, with errors that name the setting to fix. */
public final class Pkcs12Keystores {

    private Pkcs12Keystores() {
    }

    /**
     * The private key and chain of {@code alias} in a PKCS#12 file.
     *
     * @throws IllegalStateException when the file is missing or unreadable, the password wrong or the alias absent
     */
    public static OfficeKey loadKey(Path path, char[] password, String alias) {
        KeyStore store = open(path, password, "zhengwu.signature.keystore");
        try {
            if (!(store.getKey(alias, password) instanceof PrivateKey key)) {
                throw new IllegalStateException("The keystore " + path + " has no private key under the alias '"
                    + alias + "' (zhengwu.signature.keystore.alias); it holds " + Collections.list(store.aliases()));
            }
            Certificate[] chain = store.getCertificateChain(alias);
            return new OfficeKey(key, Arrays.stream(chain).map(X509Certificate.class::cast).toList());
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the key '" + alias + "' of " + path, e);
        }
    }

    /** Every certificate of a trust store (PKCS#12 or JKS). */
    public static List<X509Certificate> loadCertificates(Path path, char[] password) {
        KeyStore store = open(path, password, "zhengwu.signature.trust-store");
        try {
            List<X509Certificate> certificates = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.getCertificate(alias) instanceof X509Certificate certificate) {
                    certificates.add(certificate);
                }
            }
            return certificates;
        }
        catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the certificates of " + path, e);
        }
    }

    private static KeyStore open(Path path, char[] password, String setting) {
        if (!Files.isReadable(path)) {
            throw new IllegalStateException(setting + ".path names " + path.toAbsolutePath()
                + ", which does not exist or cannot be read");
        }
        try (InputStream in = Files.newInputStream(path)) {
            // PKCS12 reads JKS files too (the JDK's keystore.type.compat).
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(in, password);
            return store;
        }
        catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open " + path.toAbsolutePath() + " (" + setting
                + ".path): not a PKCS#12 file, or " + setting + ".password is wrong", e);
        }
    }
}
