package cn.zhengwu.signature.bench;

import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.TimeUnit;

import cn.zhengwu.signature.DocumentSignatures;
import cn.zhengwu.signature.SignatureVerification;
import cn.zhengwu.signature.SignedDocuments;
import cn.zhengwu.signature.key.OfficeKey;
import cn.zhengwu.signature.key.OfficeKeys;
import cn.zhengwu.signature.key.TrustedCertificates;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * 电子签章 of an issued document laid out by the layout module, sealed, {@code pages} long (the target: a 10-page
 * document signs in well under a second), and 验签 of the signed result, with the RSA 3072 demo key. Run by
 * {@link #main}; the command and the results are in {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SigningBenchmark {

    @Param({ "1", "10" })
    int pages;

    DocumentSignatures signatures;
    byte[] issued;
    byte[] signed;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        OfficeKey key = SignedDocuments.key(Files.createTempDirectory("signing-benchmark"));
        signatures = new DocumentSignatures(OfficeKeys.of(key), new TrustedCertificates(List.of(key.certificate())),
            SignedDocuments.CLOCK);
        issued = SignedDocuments.issued(pages);
        signed = signatures.sign(issued);
    }

    @Benchmark
    public byte[] sign() {
        return signatures.sign(issued);
    }

    @Benchmark
    public SignatureVerification verify() {
        return signatures.verify(signed);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(SigningBenchmark.class.getName()).build()).run();
    }
}
