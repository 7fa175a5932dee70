package dev.margin.ui.claims;

import dev.margin.domain.Annotation;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.service.ClaimService;
import dev.margin.ui.annotations.AnnotationChange;
import dev.margin.service.change.ChangeEffect;

import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A change the review window makes to a claim, on its undo history: a new status, or one more piece of
 * evidence. Undo and redo re-read the claim and change only that part of it, so an edit made meanwhile in the
 * reader (a note, a tag) is kept. {@code shown} receives the claim as stored after each step, on the FX thread.
 */
final class ClaimEdit implements AnnotationChange {
    private final String description;
    private final Supplier<Annotation> forward;
    private final Supplier<Annotation> backward;
    private final Consumer<Annotation> shown;
    private volatile Annotation latest;

    private ClaimEdit(String description, Supplier<Annotation> forward, Supplier<Annotation> backward, Consumer<Annotation> shown) {
        this.description = description;
        this.forward = forward;
        this.backward = backward;
        this.shown = shown;
    }

    static ClaimEdit status(ClaimService claims, String description, UUID claimId, ClaimStatus before, ClaimStatus after,
                            Consumer<Annotation> shown) {
        return new ClaimEdit(description, () -> claims.changeStatus(claimId, after), () -> claims.changeStatus(claimId, before), shown);
    }

    static ClaimEdit evidence(ClaimService claims, String description, UUID claimId, Evidence evidence, Consumer<Annotation> shown) {
        Evidence[] added = new Evidence[1]; // as stored (trimmed), known once the first apply ran
        return new ClaimEdit(description, () -> {
            Annotation changed = claims.addEvidence(claimId, evidence);
            List<Evidence> all = changed.claim().evidence();
            added[0] = all.get(all.size() - 1);
            return changed;
        }, () -> {
            int index = claims.claim(claimId).claim().evidence().lastIndexOf(added[0]);
            if (index < 0) {
                throw new IllegalStateException("This evidence is no longer on the claim.");
            }
            return claims.removeEvidence(claimId, index);
        }, shown);
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public ChangeEffect apply() {
        latest = forward.get();
        return ChangeEffect.changed(latest, false);
    }

    @Override
    public ChangeEffect revert() {
        latest = backward.get();
        return ChangeEffect.changed(latest, false);
    }

    @Override
    public void applied() {
        shown.accept(latest);
    }

    @Override
    public void reverted() {
        shown.accept(latest);
    }
}
