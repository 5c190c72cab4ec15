package cn.zhengwu.signature.config;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import cn.zhengwu.signature.config.SignatureProperties.Keystore;
import cn.zhengwu.signature.config.SignatureProperties.TrustStore;
import cn.zhengwu.signature.key.DemoKeystore;
import cn.zhengwu.signature.key.OfficeKey;
import cn.zhengwu.signature.key.OfficeKeys;
import cn.zhengwu.signature.key.Pkcs12Keystores;
import cn.zhengwu.signature.key.TrustedCertificates;
import cn.zhengwu.signature.seal.ScannedSeals;
import cn.zhengwu.signature.seal.SealDrawing;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Reads the keys and certificates at start-up, so that a wrong keystore path, password or alias stops the start
 * rather than the first signature: the configured keystore; without one, the demo key, except in {@code prod},
 * where signing is then refused.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SignatureProperties.class)
class SignatureConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SignatureConfiguration.class);

    @Bean
    OfficeKeys officeKeys(SignatureProperties properties, Environment environment, Clock clock) {
        Keystore keystore = properties.keystore();
        if (keystore.path() != null && keystore.password() != null) {
            return announce(Pkcs12Keystores.loadKey(keystore.path(), keystore.password().toCharArray(),
                keystore.alias()), "the keystore " + keystore.path());
        }
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            log.warn("No signing key: zhengwu.signature.keystore.path is not set, so documents cannot be signed. "
                + "Configure the office's PKCS#12 keystore, the same one on every node.");
            return OfficeKeys.none();
        }
        return announce(new DemoKeystore(properties.demoKeyDirectory(), clock).obtain(),
            "the demo key in " + properties.demoKeyDirectory().toAbsolutePath());
    }

    @Bean
    TrustedCertificates trustedCertificates(SignatureProperties properties, OfficeKeys keys) {
        List<X509Certificate> trusted = new ArrayList<>();
        keys.key().ifPresent(key -> trusted.add(key.certificate()));
        TrustStore store = properties.trustStore();
        if (store.path() != null && store.password() != null) {
            trusted.addAll(Pkcs12Keystores.loadCertificates(store.path(), store.password().toCharArray()));
        }
        return new TrustedCertificates(trusted);
    }

    @Bean
    ScannedSeals scannedSeals(SignatureProperties properties) {
        return new ScannedSeals(properties.sealsDirectory());
    }

    @Bean
    SealDrawing sealDrawing(SignatureProperties properties) {
        return new SealDrawing(properties.sealFont());
    }

    /** Logs whose key signs, with its fingerprint, so that the nodes of a cluster can be compared. */
    private static OfficeKeys announce(OfficeKey key, String source) {
        try {
            String fingerprint = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(key.certificate().getEncoded()));
            log.info("Documents are signed as {} (certificate SHA-256 {}) with {}",
                key.certificate().getSubjectX500Principal().getName(), fingerprint, source);
        }
        catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
        return OfficeKeys.of(key);
    }
}
