package dev.margin.domain;

public enum ActorType {
    PERSON, ORGANISATION, STATE, GROUP, OTHER
}
