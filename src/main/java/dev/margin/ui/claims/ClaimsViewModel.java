package dev.margin.ui.claims;

import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.ClaimStatus;
import dev.margin.domain.Evidence;
import dev.margin.domain.EvidenceStance;
import dev.margin.domain.read.AnnotationFilter;
import dev.margin.domain.read.ReviewRow;
import dev.margin.service.change.Change;
import dev.margin.service.change.ChangeEffect;
import dev.margin.service.change.ClaimStatusChange;
import dev.margin.service.change.EvidenceAddition;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Messages;
import dev.margin.ui.review.AnnotationBrowserViewModel;
import dev.margin.ui.review.ReviewChange;
import dev.margin.ui.review.ReviewContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The claims view: claims grouped by verification status (each group with its count), the claims of the chosen
 * status paged in like the annotations browser, and the selected claim's status and evidence, changed through
 * {@code ClaimService}.
 */
public final class ClaimsViewModel {
    /** A status group and how many claims it holds. */
    public record StatusGroup(ClaimStatus status, int count) {
    }

    private final ReviewContext context;
    private final Messages messages;
    private final ObservableList<StatusGroup> groups = FXCollections.observableArrayList();
    private final ObjectProperty<ClaimStatus> status = new SimpleObjectProperty<>(ClaimStatus.UNVERIFIED);
    private final AnnotationBrowserViewModel claims;
    private final ObjectProperty<ReviewRow> selectedRow = new SimpleObjectProperty<>();
    private final ObjectProperty<Annotation> claim = new SimpleObjectProperty<>();
    private final StringProperty notice = new SimpleStringProperty("");

    public ClaimsViewModel(ReviewContext context) {
        this.context = context;
        this.messages = context.messages();
        this.claims = new AnnotationBrowserViewModel(context);
        claims.apply(AnnotationFilter.none().withKinds(List.of(AnnotationKind.CLAIM)).withStatuses(List.of(ClaimStatus.UNVERIFIED)), null);
        status.addListener((observable, old, chosen) -> {
            notice.set("");
            if (chosen != null) {
                claims.statuses().setAll(chosen);
            }
        });
        selectedRow.addListener((observable, old, row) -> {
            // A row replaced in place (its claim's status just changed) deselects it for a moment: keep the claim.
            if (row == null && claim.get() != null && indexOf(claim.get().id()) >= 0) {
                return;
            }
            loadClaim(row == null ? null : row.annotationId());
        });
    }

    /** Re-reads the counts per status and the claims of the chosen one. */
    public void reload() {
        notice.set("");
        reloadCounts();
        claims.refresh();
    }

    private void reloadCounts() {
        context.tasks().submit(() -> context.queries().claimCounts(AnnotationFilter.none()), this::showCounts,
                error -> context.status().failed(messages.get("claims.loading"), error));
    }

    private int indexOf(UUID id) {
        List<ReviewRow> rows = claims.rows();
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).annotationId().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private void showCounts(Map<ClaimStatus, Integer> counts) {
        groups.setAll(counts.entrySet().stream().map(entry -> new StatusGroup(entry.getKey(), entry.getValue())).toList());
    }

    private void loadClaim(UUID id) {
        if (id == null) {
            claim.set(null);
            return;
        }
        context.tasks().submit(() -> context.claims().claim(id), loaded -> {
            ReviewRow row = selectedRow.get();
            if (row != null && row.annotationId().equals(loaded.id())) {
                claim.set(loaded);
            }
        }, error -> context.status().failed(messages.get("claims.loading"), error));
    }

    /**
     * Gives the selected claim a new status. It stays in the list being worked through, with its new status, and
     * stays selected (so evidence can be added next) until another group is chosen; the notice says where it now
     * belongs. Undoable in the review window.
     */
    public void changeStatus(ClaimStatus newStatus) {
        Annotation current = claim.get();
        if (current == null || newStatus == null || current.claim().status() == newStatus) {
            return;
        }
        String description = messages.get("claims.statusChange", Excerpt.quoted(current.exact(), Excerpt.IN_A_CHANGE_NAME),
                messages.get("claimStatus." + newStatus.name()));
        perform(new ClaimStatusChange(context.claims(), description, current.id(), current.claim().status(), newStatus));
    }

    /** Adds a piece of evidence to the selected claim. Undoable in the review window. */
    public void addEvidence(String url, String archivedUrl, EvidenceStance stance, String note) {
        Annotation current = claim.get();
        if (current == null) {
            return;
        }
        if (url == null || url.isBlank()) {
            context.status().failed(messages.get("claims.addEvidence"), new IllegalArgumentException(messages.get("claims.needUrl")));
            return;
        }
        String description = messages.get("claims.evidenceAdd", Excerpt.quoted(current.exact(), Excerpt.IN_A_CHANGE_NAME));
        perform(new EvidenceAddition(context.claims(), description, current.id(), new Evidence(url, archivedUrl, stance, note)));
    }

    /** Makes the change on the review window's undo history; each step shows the claim as stored afterwards. */
    private void perform(Change change) {
        context.history().perform(new ReviewChange(change, this::showChanged));
    }

    /** After a change, its undo or its redo: the claim as stored now, its group counts, and the reader. */
    private void showChanged(ChangeEffect effect) {
        effect.changed().forEach(this::showChanged);
    }

    private void showChanged(Annotation changed) {
        Annotation shown = claim.get();
        if (shown == null || shown.id().equals(changed.id())) {
            claim.set(changed);
        }
        context.opener().articleChanged(changed.articleId());
        int index = indexOf(changed.id());
        if (index < 0) {
            reload();
            return;
        }
        // The row stays where it is, showing the new status: a claim must not vanish from under the user.
        ReviewRow row = claims.rows().get(index);
        ClaimStatus now = changed.claim().status();
        if (row.claimStatus() != now) {
            claims.rows().set(index, new ReviewRow(row.annotationId(), row.kind(), row.text(), row.actorId(), row.actorName(),
                    row.articleId(), row.articleTitle(), row.outlet(), row.articleDate(), row.tags(), now, row.quoteType(),
                    row.note(), row.created(), row.anchorState()));
        }
        notice.set(now == status.get() ? ""
                : messages.get("claims.movedNotice", messages.get("claimStatus." + now.name()), messages.get("claimStatus." + status.get().name())));
        reloadCounts();
    }

    public void openSelected() {
        ReviewRow row = selectedRow.get();
        if (row != null) {
            context.opener().openAndReveal(row.articleId(), row.annotationId());
        }
    }

    public ObservableList<StatusGroup> groups() {
        return groups;
    }

    public ObjectProperty<ClaimStatus> statusProperty() {
        return status;
    }

    /** The claims of the chosen status, paged. */
    public AnnotationBrowserViewModel claims() {
        return claims;
    }

    public ObjectProperty<ReviewRow> selectedRowProperty() {
        return selectedRow;
    }

    /** Says where a claim whose status was just changed now belongs, while it stays in another group's list; else empty. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice;
    }

    /** The selected claim as stored, with its evidence. */
    public ReadOnlyObjectProperty<Annotation> claimProperty() {
        return claim;
    }
}
