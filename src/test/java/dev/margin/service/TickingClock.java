package dev.margin.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock for tests that moves one second forward every time it is read, so every stamp is distinct and known. */
final class TickingClock extends Clock {
    private Instant next;

    TickingClock(Instant start) {
        this.next = start;
    }

    @Override
    public synchronized Instant instant() {
        Instant now = next;
        next = next.plus(Duration.ofSeconds(1));
        return now;
    }

    /** The instant the next read will return. */
    synchronized Instant peek() {
        return next;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the test clock is UTC only");
    }
}
