package org.scalelab.training.device;

import java.util.Locale;

/**
 * The CUDA device ND4J trains on, as its CUDA backend reports it.
 *
 * @param name          e.g. {@code NVIDIA H100 80GB HBM3}
 * @param major,minor   compute capability
 * @param totalBytes    device memory; -1 where unknown
 * @param freeBytes     device memory free when asked; -1 where unknown
 * @param cuda          CUDA versions, e.g. {@code runtime 11.6, driver 12.4}; empty where unknown
 * @param cudnn         cuDNN version, e.g. {@code 8.3.2}; empty where the build has no cuDNN or it cannot be asked
 * @param build         the libnd4j build, e.g. {@code nd4j-cuda-11.6 linux-x86_64-cudnn}
 * @param devices       how many CUDA devices ND4J sees
 */
public record GpuInfo(String name, int major, int minor, long totalBytes, long freeBytes, String cuda, String cudnn,
                      String build, int devices) {

    /** One line, e.g. {@code NVIDIA H100 80GB HBM3 (compute 9.0, 79.1 GiB)}. */
    public String describe() {
        return String.format(Locale.ROOT, "%s (compute %d.%d, %s)", name, major, minor, CpuInfo.gib(totalBytes));
    }
}
