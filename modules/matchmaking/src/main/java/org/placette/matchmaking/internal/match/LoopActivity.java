package org.placette.matchmaking.internal.match;

import java.time.Instant;

/**
 * What an administrator sees of one of the pipeline's loops: since when its current round has
 * run (null when idle) and when its last round ended (null before the first).
 */
public record LoopActivity(String loop, Instant busySince, Instant lastRoundEnded) {}
