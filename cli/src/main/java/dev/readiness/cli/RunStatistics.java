package dev.readiness.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Stage durations and peak heap of a run, for {@code --timings} and the benchmark script. */
final class RunStatistics {

    private RunStatistics() {
    }

    /** Sum of the peak usage of every heap pool: an upper bound of the live heap at its fullest. */
    static long peakHeapBytes() {
        return ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .map(MemoryPoolMXBean::getPeakUsage)
                .mapToLong(usage -> usage == null ? 0 : usage.getUsed())
                .sum();
    }

    static String describe(Map<String, Long> stageMillis, long totalMillis) {
        String stages = stageMillis.entrySet().stream()
                .map(entry -> String.format(Locale.ROOT, "%s %.1f s", entry.getKey(), entry.getValue() / 1000.0))
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "timings: %s; total %.1f s; peak heap %d MB", stages, totalMillis / 1000.0,
                peakHeapBytes() / (1024 * 1024));
    }
}
