package org.scalelab.training.device;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.nd4j.common.config.ND4JClassLoading;

/**
 * Which ND4J backends this build holds, and which one ND4J may load. ND4J finds its backends through the service
 * file {@code META-INF/services/org.nd4j.linalg.factory.Nd4jBackend} and tries them by priority, CUDA first; it
 * reads the priorities only from environment variables ({@code BACKEND_PRIORITY_CPU/GPU}), which a running JVM
 * cannot set. So ScaleLab decides itself and, before ND4J loads, lets ND4J see only the chosen backend's service
 * entry: {@link #hide} wraps ND4J's class loader in one that leaves the other backend's entry out. Classes still
 * come from the same loader, so nothing else changes.
 */
final class Nd4jBackends {
    static final String CUDA_BACKEND = "org.nd4j.linalg.jcublas.JCublasBackend";
    static final String CPU_BACKEND = "org.nd4j.linalg.cpu.nativecpu.CpuBackend";
    static final String SERVICE = "META-INF/services/org.nd4j.linalg.factory.Nd4jBackend";

    private Nd4jBackends() {
    }

    /** Whether ND4J's CUDA backend (nd4j-cuda-11.6, the {@code -Pcuda} build) is on the class path. */
    static boolean cudaPresent(ClassLoader loader) {
        return loader.getResource(CUDA_BACKEND.replace('.', '/') + ".class") != null;
    }

    /** The libnd4j CUDA builds, best first; they differ by JavaCPP platform extension, like the CPU builds. */
    enum CudaBuild {
        CUDNN("-cudnn"), PLAIN("");

        private final String extension;

        CudaBuild(String extension) {
            this.extension = extension;
        }

        String extension() {
            return extension;
        }

        boolean presentFor(String platform, ClassLoader loader) {
            return loader.getResource("org/nd4j/linalg/jcublas/bindings/" + platform + extension + "/") != null;
        }

        String describe(String platform) {
            return "nd4j-cuda-11.6 " + platform + extension;
        }

        /** The best build whose natives are on the class path; null when none is. */
        static CudaBuild best(String platform, ClassLoader loader) {
            for (CudaBuild b : values()) {
                if (b.presentFor(platform, loader)) {
                    return b;
                }
            }
            return null;
        }
    }

    /** From now on ND4J does not see {@code backendClass}; call before ND4J loads. */
    static synchronized void hide(String backendClass) {
        ClassLoader current = ND4JClassLoading.getNd4jClassloader();
        if (current instanceof Hiding h && h.hidden.equals(backendClass)) {
            return;
        }
        ND4JClassLoading.setNd4jClassloader(new Hiding(current, backendClass));
    }

    /** Which backend ND4J does not see now; null when it sees all. */
    static String hidden() {
        return ND4JClassLoading.getNd4jClassloader() instanceof Hiding h ? h.hidden : null;
    }

    /** A class loader that answers as its parent does, except that the backend service files omit one backend. */
    static final class Hiding extends ClassLoader {
        private final String hidden;

        Hiding(ClassLoader parent, String hidden) {
            super(parent);
            this.hidden = hidden;
        }

        @Override
        public Enumeration<URL> getResources(String name) throws IOException {
            Enumeration<URL> all = super.getResources(name);
            if (!SERVICE.equals(name)) {
                return all;
            }
            List<URL> kept = new ArrayList<>();
            for (URL u : Collections.list(all)) {
                if (!providers(u).contains(hidden)) {
                    kept.add(u);
                }
            }
            return Collections.enumeration(kept);
        }

        @Override
        public URL getResource(String name) {
            if (SERVICE.equals(name)) {
                try {
                    Enumeration<URL> e = getResources(name);
                    return e.hasMoreElements() ? e.nextElement() : null;
                } catch (IOException ex) {
                    return null;
                }
            }
            return super.getResource(name);
        }

        /** The provider class names a service file lists (comments and blank lines left out). */
        static List<String> providers(URL serviceFile) throws IOException {
            List<String> names = new ArrayList<>();
            try (BufferedReader r = new BufferedReader(new InputStreamReader(serviceFile.openStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = r.readLine()) != null; ) {
                    int hash = line.indexOf('#');
                    String name = (hash >= 0 ? line.substring(0, hash) : line).trim();
                    if (!name.isEmpty()) {
                        names.add(name);
                    }
                }
            }
            return names;
        }
    }
}
