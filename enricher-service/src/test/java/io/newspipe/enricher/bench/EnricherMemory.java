package io.newspipe.enricher.bench;

import io.newspipe.contract.CleanArticle;
import io.newspipe.enricher.ArticleEnricher;
import io.newspipe.enricher.TestEnrichers;
import io.newspipe.enricher.language.AccuracyMode;
import io.newspipe.enricher.language.LanguageIdentifier;
import io.newspipe.enricher.language.LanguageSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Memory of the enricher core with its defaults (Lingua low-accuracy mode, built-in gazetteer): used heap
 * after a full GC before loading, after loading, and after enriching N articles, plus the process's resident
 * set size. Run from the repository root with the JVM's default settings:
 * <pre>
 * ./mvnw -o -q -pl enricher-service test-compile exec:exec -Dexec.executable=java \
 *     -Dexec.args="-cp %classpath io.newspipe.enricher.bench.EnricherMemory 20000"
 * </pre>
 * A second argument {@code HIGH} measures Lingua's high-accuracy mode instead (give the JVM {@code -Xmx2g} or more).
 */
public final class EnricherMemory {

    private EnricherMemory() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        report("before loading");
        AccuracyMode mode = args.length > 1 ? AccuracyMode.valueOf(args[1]) : AccuracyMode.LOW;
        long started = System.nanoTime();
        ArticleEnricher enricher = mode == AccuracyMode.LOW ? TestEnrichers.enricher()
                : new ArticleEnricher(LanguageIdentifier.create(mode, LanguageSettings.DEFAULTS), TestEnrichers.recognizer(), TestEnrichers.CLOCK);
        System.out.printf("loaded in %d ms%n", (System.nanoTime() - started) / 1_000_000);
        report("after loading (Lingua " + mode + " + gazetteer)");
        List<CleanArticle> articles = BenchmarkArticles.threeKilobyte();
        var threads = ManagementFactory.getThreadMXBean();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long enrichStarted = System.nanoTime();
        long cpuStarted = threads.getCurrentThreadCpuTime();
        long processCpuStarted = os.getProcessCpuTime();
        long steadyCpuStarted = 0;
        long steadyProcessCpuStarted = 0;
        int steadyFrom = count / 2;
        for (int i = 0; i < count; i++) {
            if (i == steadyFrom) {
                steadyCpuStarted = threads.getCurrentThreadCpuTime();
                steadyProcessCpuStarted = os.getProcessCpuTime();
            }
            enricher.enrich(articles.get(i % articles.size()));
        }
        double seconds = (System.nanoTime() - enrichStarted) / 1e9;
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStarted) / 1e9;
        double processCpuSeconds = (os.getProcessCpuTime() - processCpuStarted) / 1e9;
        int steadyCount = count - steadyFrom;
        double steadyCpuSeconds = (threads.getCurrentThreadCpuTime() - steadyCpuStarted) / 1e9;
        double steadyProcessCpuSeconds = (os.getProcessCpuTime() - steadyProcessCpuStarted) / 1e9;
        // CPU time stays meaningful on a busy machine, where wall time does not. This thread's CPU misses the work
        // Lingua hands to the common fork-join pool; the process's CPU includes it (and GC and JIT compilation).
        System.out.printf("%d articles of ~3 KB: %.1f s wall (%.0f articles/s), %.1f s CPU of this thread (%.0f articles per CPU-second), "
                        + "%.1f s CPU of the process (%.0f articles per CPU-second), warm-up included%n",
                count, seconds, count / seconds, cpuSeconds, count / cpuSeconds, processCpuSeconds, count / processCpuSeconds);
        System.out.printf("steady state (last %d articles): %.0f articles per CPU-second of this thread, %.0f per CPU-second of the process%n",
                steadyCount, steadyCount / steadyCpuSeconds, steadyCount / steadyProcessCpuSeconds);
        report("after " + count + " articles");
        System.out.printf("max heap (JVM default) %d MB%n", Runtime.getRuntime().maxMemory() >> 20);
    }

    private static void report(String label) throws Exception {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        long nonHeap = ManagementFactory.getMemoryMXBean().getNonHeapMemoryUsage().getUsed();
        System.out.printf("%-45s heap used %4d MB, non-heap %4d MB, RSS %s%n", label, heap >> 20, nonHeap >> 20, residentSetSize());
    }

    private static String residentSetSize() throws Exception {
        Path status = Path.of("/proc/self/status");
        if (!Files.exists(status)) {
            return "n/a";
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
    }
}
