package cn.zhengwu.calendar.bench;

import java.time.LocalDate;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import cn.zhengwu.calendar.days.BundledNotices;
import cn.zhengwu.calendar.days.WorkingDayIndex;
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
 * Working-day arithmetic (the target: at least a million {@code addWorkingDays} per second whatever the span), on
 * the index built from the bundled notices of 2018–2026, with start dates spread over 2015–2035 (inside and
 * beyond the listed years) and spans up to {@code maxDays}. Run by {@link #main}; the command and the results are
 * in {@code docs/performance.md}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class WorkingDayBenchmark {

    private static final int CASES = 4096;

    @Param({ "20", "3650" })
    int maxDays;

    WorkingDayIndex index;
    LocalDate[] froms;
    LocalDate[] tos;
    int[] days;
    int next;

    @Setup(Level.Trial)
    public void prepare() {
        index = BundledNotices.index();
        Random random = new Random(42);
        froms = new LocalDate[CASES];
        tos = new LocalDate[CASES];
        days = new int[CASES];
        for (int i = 0; i < CASES; i++) {
            froms[i] = LocalDate.of(2015, 1, 1).plusDays(random.nextInt(365 * 20));
            tos[i] = froms[i].plusDays(random.nextInt(maxDays + 1));
            days[i] = random.nextInt(maxDays + 1);
        }
    }

    @Benchmark
    public LocalDate addWorkingDays() {
        int i = next++ & (CASES - 1);
        return index.addWorkingDays(froms[i], days[i]);
    }

    @Benchmark
    public int workingDaysBetween() {
        int i = next++ & (CASES - 1);
        return index.workingDaysBetween(froms[i], tos[i]);
    }

    public static void main(String[] args) throws RunnerException {
        new Runner(new OptionsBuilder().include(WorkingDayBenchmark.class.getName()).build()).run();
    }
}
