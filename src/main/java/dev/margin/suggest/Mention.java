package dev.margin.suggest;

/** Where an actor is named in the text: {@code [start, end)} (the name, without a title before it). */
record Mention(int start, int end, ActorEntity entity, double confidence) {
}
