package org.scalelab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest (set by Maven), or "development" when run from classes. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {text()};
    }

    /** {@code ScaleLab 0.1.0}, or {@code ScaleLab development}. */
    static String text() {
        String v = Version.class.getPackage().getImplementationVersion();
        return "ScaleLab " + (v == null ? "development" : v);
    }
}
