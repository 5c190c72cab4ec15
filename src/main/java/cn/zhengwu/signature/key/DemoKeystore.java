package cn.zhengwu.signature.key;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Set;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo key: an RSA 3072 key with a self-signed certificate in the General Office's name, generated at the
 * first start without a configured keystore and kept in {@value #KEYSTORE}, its random password in
 * {@value #PASSWORD} beside it, both readable by their owner only. A lock file lets one JVM generate it while
 * another waits and then reads it.
 */
public final class DemoKeystore {

    static final String KEYSTORE = "office.p12";
    static final String PASSWORD = "office.p12.password";
    static final String ALIAS = "office";
    /** 上海市人民政府办公厅, the organ that issues in the city government's name. */
    static final X500Name SUBJECT = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "CN")
        .addRDN(BCStyle.O, "上海市人民政府办公厅").addRDN(BCStyle.OU, "Zhengwu demo key 演示密钥")
        .addRDN(BCStyle.CN, "上海市人民政府办公厅").build();
    static final Duration VALIDITY = Duration.ofDays(10 * 365);

    private static final Logger log = LoggerFactory.getLogger(DemoKeystore.class);
    private static final FileAttribute<Set<PosixFilePermission>> OWNER_ONLY = PosixFilePermissions
        .asFileAttribute(PosixFilePermissions.fromString("rw-------"));

    private final Path directory;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public DemoKeystore(Path directory, Clock clock) {
        this.directory = directory.toAbsolutePath();
        this.clock = clock;
    }

    /** The kept demo key, generated first if there is none yet. */
    public OfficeKey obtain() {
        try {
            Files.createDirectories(directory,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            try (FileChannel channel = FileChannel.open(directory.resolve(".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
                Path keystore = directory.resolve(KEYSTORE);
                if (Files.exists(keystore)) {
                    char[] password = Files.readString(directory.resolve(PASSWORD), StandardCharsets.UTF_8).strip()
                        .toCharArray();
                    return Pkcs12Keystores.loadKey(keystore, password, ALIAS);
                }
                return generate(keystore);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the demo signing key in " + directory, e);
        }
    }

    private OfficeKey generate(Path keystore) throws IOException {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(3072, random);
            KeyPair pair = generator.generateKeyPair();
            X509Certificate certificate = selfSigned(pair);
            char[] password = password();
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(ALIAS, pair.getPrivate(), password, new Certificate[] { certificate });
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            store.store(bytes, password);
            // The password first: a keystore is only ever found with its password beside it.
            writeOwnerOnly(directory.resolve(PASSWORD), new String(password).getBytes(StandardCharsets.UTF_8));
            writeOwnerOnly(keystore, bytes.toByteArray());
            log.info("Generated the demo signing key of {} in {}; production configures zhengwu.signature.keystore.*",
                certificate.getSubjectX500Principal().getName(), keystore);
            return new OfficeKey(pair.getPrivate(), List.of(certificate));
        }
        catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot generate the demo signing key", e);
        }
    }

    private X509Certificate selfSigned(KeyPair pair) throws GeneralSecurityException, OperatorCreationException,
            IOException {
        Instant now = clock.instant();
        // A day's grace before now, for nodes whose clocks differ a little.
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(SUBJECT, new BigInteger(127, random),
            Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(VALIDITY)), SUBJECT, pair.getPublic());
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        builder.addExtension(Extension.subjectKeyIdentifier, false,
            new JcaX509ExtensionUtils().createSubjectKeyIdentifier(pair.getPublic()));
        return new JcaX509CertificateConverter()
            .getCertificate(builder.build(new JcaContentSignerBuilder("SHA256withRSA").build(pair.getPrivate())));
    }

    private char[] password() {
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).toCharArray();
    }

    /** Written beside and moved into place, so a crash never leaves half a file. */
    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial", OWNER_ONLY);
        Files.write(partial, content);
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
