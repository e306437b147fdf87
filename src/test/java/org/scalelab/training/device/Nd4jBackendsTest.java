package org.scalelab.training.device;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nd4j.linalg.factory.Nd4jBackend;

/** ND4J sees only the backend ScaleLab chose; classes still come from the same loader. */
class Nd4jBackendsTest {

    private static Path jarLike(Path dir, String name, String provider) throws IOException {
        Path root = dir.resolve(name);
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve("org.nd4j.linalg.factory.Nd4jBackend"), "# licence header\n" + provider + "\n");
        return root;
    }

    @Test
    void theHiddenBackendsServiceFileIsLeftOut(@TempDir Path dir) throws Exception {
        Path cpu = jarLike(dir, "cpu", Nd4jBackends.CPU_BACKEND);
        Path cuda = jarLike(dir, "cuda", Nd4jBackends.CUDA_BACKEND);
        try (URLClassLoader both = new URLClassLoader(new URL[] {cpu.toUri().toURL(), cuda.toUri().toURL()}, null)) {
            assertEquals(2, Collections.list(both.getResources(Nd4jBackends.SERVICE)).size());

            ClassLoader noCuda = new Nd4jBackends.Hiding(both, Nd4jBackends.CUDA_BACKEND);
            List<URL> left = Collections.list(noCuda.getResources(Nd4jBackends.SERVICE));
            assertEquals(List.of(cpu.resolve("META-INF/services/org.nd4j.linalg.factory.Nd4jBackend").toUri().toURL()), left);
            assertEquals(List.of(Nd4jBackends.CPU_BACKEND), Nd4jBackends.Hiding.providers(left.get(0)));

            ClassLoader noCpu = new Nd4jBackends.Hiding(both, Nd4jBackends.CPU_BACKEND);
            assertEquals(List.of(Nd4jBackends.CUDA_BACKEND),
                    Nd4jBackends.Hiding.providers(noCpu.getResource(Nd4jBackends.SERVICE)));
        }
    }

    @Test
    void onThisClassPathOnlyTheCpuBackendIsThereAndHidingItLeavesNone() throws Exception {
        ClassLoader app = getClass().getClassLoader();
        assertFalse(Nd4jBackends.cudaPresent(app), "the default build must not hold the CUDA backend");
        assertNull(Nd4jBackends.CudaBuild.best("linux-x86_64", app));
        // What ND4J's own loading does (ServiceLoader over its class loader), without instantiating anything.
        List<String> seen = ServiceLoader.load(Nd4jBackend.class, new Nd4jBackends.Hiding(app, Nd4jBackends.CUDA_BACKEND))
                .stream().map(p -> p.type().getName()).toList();
        assertEquals(List.of(Nd4jBackends.CPU_BACKEND), seen);
        assertEquals(0, ServiceLoader.load(Nd4jBackend.class, new Nd4jBackends.Hiding(app, Nd4jBackends.CPU_BACKEND))
                .stream().count());
        // Classes are the parent's own.
        assertSame(Nd4jBackend.class, new Nd4jBackends.Hiding(app, Nd4jBackends.CPU_BACKEND).loadClass(Nd4jBackend.class.getName()));
    }
}
