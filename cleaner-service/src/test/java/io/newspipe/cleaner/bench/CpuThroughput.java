package io.newspipe.cleaner.bench;

import com.sun.management.OperatingSystemMXBean;
import io.newspipe.cleaner.ArticleCleaner;
import io.newspipe.cleaner.quality.Readability4jBaseline;
import io.newspipe.cleaner.quality.ReadabilityBenchmark;
import io.newspipe.contract.RawPage;
import io.newspipe.testsupport.TestInfrastructure;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Pages per CPU-second, ours against Readability4J, over the quality harness's pages. On a shared, loaded machine
 * wall-clock throughput (JMH) swings with the neighbours; CPU time charged to the work does not. Rounds alternate
 * ours/theirs so both see the same machine state; the thread's CPU time counts the extraction itself, the
 * process's CPU time adds what it costs in garbage collection and compilation.
 *
 * <p>Run: {@code cleaner-service/quality.sh cpu [rounds] [warmup-rounds]}.
 */
public final class CpuThroughput {

    private CpuThroughput() {
    }

    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        List<ReadabilityBenchmark.TestPage> pages = ReadabilityBenchmark.load(ReadabilityBenchmark.defaultSet(TestInfrastructure.repoRoot()));
        List<RawPage> raw = pages.stream().map(p -> RawPage.of(p.url(), "benchmark", Instant.EPOCH, "text/html", null, p.source())).toList();
        List<String> decoded = pages.stream().map(ReadabilityBenchmark.TestPage::sourceText).toList();
        List<String> urls = pages.stream().map(ReadabilityBenchmark.TestPage::url).toList();
        ArticleCleaner cleaner = ArticleCleaner.withDefaults(Clock.systemUTC());

        Runnable ours = () -> raw.forEach(cleaner::clean);
        Runnable theirs = () -> {
            for (int i = 0; i < decoded.size(); i++) {
                Readability4jBaseline.parse(urls.get(i), decoded.get(i)).getTextContent();
            }
        };
        for (int i = 0; i < warmup; i++) {
            ours.run();
            theirs.run();
        }
        long[] oursCpu = new long[2];
        long[] theirsCpu = new long[2];
        for (int i = 0; i < rounds; i++) {
            add(oursCpu, measure(ours));
            add(theirsCpu, measure(theirs));
        }
        long n = (long) rounds * pages.size();
        double oursThread = n / (oursCpu[0] / 1e9);
        double theirsThread = n / (theirsCpu[0] / 1e9);
        double oursProcess = n / (oursCpu[1] / 1e9);
        double theirsProcess = n / (theirsCpu[1] / 1e9);
        System.out.printf(Locale.ROOT, "pages=%d rounds=%d%n", pages.size(), rounds);
        System.out.printf(Locale.ROOT, "thread CPU : newspipe %.1f pages/s, readability4j %.1f pages/s, ratio %.2fx%n",
                oursThread, theirsThread, oursThread / theirsThread);
        System.out.printf(Locale.ROOT, "process CPU: newspipe %.1f pages/s, readability4j %.1f pages/s, ratio %.2fx%n",
                oursProcess, theirsProcess, oursProcess / theirsProcess);
    }

    private static void add(long[] into, long[] more) {
        into[0] += more[0];
        into[1] += more[1];
    }

    /** Thread and process CPU nanoseconds of one run. */
    private static long[] measure(Runnable work) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long thread0 = threads.getCurrentThreadCpuTime();
        long process0 = os.getProcessCpuTime();
        work.run();
        return new long[] {threads.getCurrentThreadCpuTime() - thread0, os.getProcessCpuTime() - process0};
    }
}
