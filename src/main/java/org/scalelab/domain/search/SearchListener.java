package org.scalelab.domain.search;

/** Receives {@link SearchEvent}s; must be quick and must not throw (a UI hands them to its own thread). */
@FunctionalInterface
public interface SearchListener {
    SearchListener NONE = e -> { };

    void onEvent(SearchEvent event);
}
