package org.scalelab.training.service;

/** Receives {@link RunEvent}s; must be quick and must not throw (a UI hands them to its own thread). */
@FunctionalInterface
public interface RunListener {
    void onEvent(RunEvent event);
}
