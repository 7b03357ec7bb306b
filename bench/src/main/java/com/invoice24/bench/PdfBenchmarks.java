package com.invoice24.bench;

import com.invoice24.invoicing.SampleInvoiceDocument;
import com.invoice24.shared.PdfRenderer;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * An invoice PDF as the app draws one: the real document template through the app's {@link PdfRenderer}, with
 * 10 and 200 lines. Sampled, so that {@link PdfBench} can report the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class PdfBenchmarks {

    @Param({"10", "200"})
    int lines;

    private ConfigurableApplicationContext context;
    private PdfRenderer renderer;
    private Map<String, Object> model;

    @Setup
    public void start() {
        context = DocumentRendering.start();
        renderer = context.getBean(PdfRenderer.class);
        model = SampleInvoiceDocument.model(lines);
    }

    @TearDown
    public void stop() {
        context.close();
    }

    @Benchmark
    public byte[] invoicePdf() {
        return renderer.render(SampleInvoiceDocument.TEMPLATE, model);
    }
}
