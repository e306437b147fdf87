package org.scalelab.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.scalelab.training.device.BackendChoice;
import org.scalelab.training.device.CpuInfo;
import org.scalelab.training.device.DeviceReport;
import org.scalelab.training.device.GpuInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "device", sortOptions = false, mixinStandardHelpOptions = true,
        description = {"Starts ND4J as the training commands do and reports the device it got: the GPU (name, compute",
                "capability, memory, CUDA and cuDNN versions) or the CPU (nd4j-native build, CPU flags, threads, memory),",
                "and why; when the CUDA backend cannot start, the one-line reason and the CPU it falls back to."})
final class DeviceCommand implements Callable<Integer> {

    @Spec
    CommandSpec command;

    @Mixin
    DeviceOption device;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = command.commandLine().getOut();
        DeviceReport r = device.start();
        if (json) {
            out.println(Json.write(json(r)));
        } else {
            r.lines().forEach(out::println);
        }
        out.flush();
        return 0;
    }

    static ObjectNode json(DeviceReport r) {
        ObjectNode o = Json.object();
        o.put("kind", r.kind().name());
        o.put("device", r.describe());
        o.put("mode", r.mode().id());
        o.put("reason", r.reason());
        o.put("fell_back", r.fellBack());
        o.put("nd4j_backend", r.nd4jBackend());
        GpuInfo g = r.gpu();
        if (g == null) {
            o.putNull("gpu");
        } else {
            ObjectNode n = o.putObject("gpu");
            n.put("name", g.name());
            n.put("compute_capability", g.major() + "." + g.minor());
            n.put("total_memory_bytes", g.totalBytes());
            n.put("free_memory_bytes", g.freeBytes());
            n.put("cuda", g.cuda());
            n.put("cudnn", g.cudnn());
            n.put("build", g.build());
            n.put("devices", g.devices());
        }
        CpuInfo c = r.cpu();
        ObjectNode n = o.putObject("cpu");
        n.put("model", c.model());
        c.flags().forEach(n.putArray("flags")::add);
        n.put("cores", c.cores());
        n.put("threads", c.threads());
        BackendChoice b = r.cpuBuild();
        if (b == null) {
            n.putNull("build");
        } else {
            n.put("build", b.describe());
            n.put("build_reason", b.reason());
            n.put("layer_helpers", b.layerHelpers());
        }
        n.put("heap_max_bytes", c.heapMaxBytes());
        n.put("off_heap_max_bytes", c.offHeapMaxBytes());
        n.put("physical_bytes", c.physicalBytes());
        return o;
    }
}
