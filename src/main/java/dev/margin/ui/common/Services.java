package dev.margin.ui.common;

import dev.margin.service.ActorService;
import dev.margin.service.AnnotationService;
import dev.margin.service.LibraryService;
import dev.margin.store.Store;

import java.time.Clock;

/**
 * The use cases the window calls, over one open library. Made once by the application; every call
 * on them runs on the background thread.
 */
public record Services(Store store, AnnotationService annotations, ActorService actors, LibraryService library) {
    public static Services over(Store store, Clock clock) {
        return new Services(store, new AnnotationService(store, clock), new ActorService(store, clock), new LibraryService(store, clock));
    }
}
