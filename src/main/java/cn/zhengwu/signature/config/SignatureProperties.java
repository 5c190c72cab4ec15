package cn.zhengwu.signature.config;

import java.nio.file.Path;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of 电子签章 ({@code zhengwu.signature.*}).
 *
 * @param keystore the office's signing key; every node of a cluster must name the same one
 * @param trustStore certificates, besides the office's own, whose signatures a verification calls trusted
 * @param demoKeyDirectory where the demo key is generated and kept when no keystore is configured (never in
 *     {@code prod})
 * @param sealsDirectory scanned seals, {@code <code word>.png} with a transparent background, e.g.
 *     {@code 沪府办.png}; organs without a file get a drawn seal
 * @param sealFont the TrueType file ({@code .ttf} or {@code .ttc}) of the drawn seals' lettering, a 宋体
 * @param maxUploadSize the largest PDF the verification page and API accept
 */
@ConfigurationProperties("zhengwu.signature")
@Validated
public record SignatureProperties(@Valid @DefaultValue Keystore keystore, @Valid @DefaultValue TrustStore trustStore,
        @NotNull @DefaultValue("data/signature") Path demoKeyDirectory, @Nullable Path sealsDirectory,
        @Nullable Path sealFont, @NotNull @DefaultValue("20MB") DataSize maxUploadSize) {

    /**
     * The office's key: a PKCS#12 file holding the private key and its certificate chain.
     *
     * @param path the {@code .p12} file; none means the demo key (or no signing in {@code prod})
     * @param password the password of the file and of the key
     * @param alias the key's entry in the file
     */
    public record Keystore(@Nullable Path path, @Nullable String password, @NotBlank @DefaultValue("office") String alias) {

        @AssertTrue(message = "zhengwu.signature.keystore.password must be set with zhengwu.signature.keystore.path")
        public boolean isPasswordGivenWithPath() {
            return path == null || password != null;
        }
    }

    /**
     * Certificates to trust: a PKCS#12 (or JKS) file of trusted certificates, e.g. the city's CA.
     *
     * @param path the file; none means only the office's own certificate is trusted
     * @param password its password
     */
    public record TrustStore(@Nullable Path path, @Nullable String password) {

        @AssertTrue(message = "zhengwu.signature.trust-store.password must be set with zhengwu.signature.trust-store.path")
        public boolean isPasswordGivenWithPath() {
            return path == null || password != null;
        }
    }
}
