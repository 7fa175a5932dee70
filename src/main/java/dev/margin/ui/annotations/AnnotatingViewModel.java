package dev.margin.ui.annotations;

import dev.margin.service.ActorNaming;
import dev.margin.service.LibraryServices;
import dev.margin.service.QuoteProposals;
import dev.margin.service.change.Change;
import dev.margin.service.change.ChangeEffect;
import dev.margin.service.change.Changes;
import dev.margin.service.change.NewActor;
import dev.margin.domain.Actor;
import dev.margin.domain.ActorRole;
import dev.margin.domain.ActorType;
import dev.margin.domain.Anchor;
import dev.margin.domain.Annotation;
import dev.margin.domain.AnnotationKind;
import dev.margin.domain.Article;
import dev.margin.domain.ClaimDetails;
import dev.margin.domain.QuoteDetails;
import dev.margin.domain.SpeakerResolution;
import dev.margin.suggest.QuoteProposal;
import dev.margin.ui.common.Excerpt;
import dev.margin.ui.common.Messages;
import dev.margin.ui.common.StatusViewModel;
import dev.margin.ui.common.TaskRunner;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * The annotations of the article being read, and every way the user changes them: marking the
 * selection as a quote, actor mention, claim or highlight, editing details, deleting, re-attaching.
 * Each change goes through the {@link CommandStack}, so it is saved at once and can be undone.
 * Listeners hear what each change, undo or redo did, to restyle only what changed.
 */
public final class AnnotatingViewModel {
    /** Text order: by start, the longer (enclosing) annotation first, then by kind. */
    public static final Comparator<Annotation> TEXT_ORDER = Comparator.comparingInt(Annotation::start)
            .thenComparing(Comparator.comparingInt(Annotation::end).reversed())
            .thenComparing(Annotation::kind)
            .thenComparing(Annotation::id);

    private final Changes changes;
    private final Messages messages;
    private final Clock clock;
    private final ActorDirectory actors;
    private final ActorNames names;
    private final QuoteProposals proposals;
    private final CommandStack commands;
    private final StatusViewModel status;
    private final ReadOnlyObjectWrapper<Article> article = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Annotation> annotations = FXCollections.observableArrayList();
    private final ObjectProperty<Annotation> selected = new SimpleObjectProperty<>();
    private final List<Consumer<ChangeEffect>> listeners = new CopyOnWriteArrayList<>();

    public AnnotatingViewModel(LibraryServices services, TaskRunner tasks, StatusViewModel status, Messages messages, Clock clock) {
        this.changes = services.changes();
        this.proposals = services.quoteProposals();
        this.status = status;
        this.messages = messages;
        this.clock = clock;
        this.actors = new ActorDirectory(services.actors(), tasks);
        this.names = new ActorNames(actors);
        this.commands = new CommandStack(tasks, status, messages, this::applyEffect);
    }

    /** Shows an article with its stored annotations (already loaded in the background). */
    public void show(Article shown, List<Annotation> stored) {
        selected.set(null);
        article.set(shown);
        List<Annotation> sorted = new ArrayList<>(stored);
        sorted.sort(TEXT_ORDER);
        annotations.setAll(sorted);
    }

    /** No article is open any more. */
    public void clear() {
        selected.set(null);
        article.set(null);
        annotations.clear();
    }

    /** The current version of an annotation of the open article. */
    public Optional<Annotation> find(UUID id) {
        return annotations.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** Hears, on the UI thread, what every change, undo and redo did (also for other articles). */
    public void addChangeListener(Consumer<ChangeEffect> listener) {
        listeners.add(listener);
    }

    private void applyEffect(ChangeEffect effect) {
        applyEffect(effect, true);
    }

    /**
     * Shows what others changed in the open article, as read again from the library: the user's selection stays
     * (their added annotations are not selected), and the listeners restyle what changed.
     */
    public void applyRemote(ChangeEffect effect) {
        applyEffect(effect, false);
    }

    private void applyEffect(ChangeEffect effect, boolean selectAdded) {
        Article current = article.get();
        UUID selectedId = selected.get() == null ? null : selected.get().id();
        if (current != null) {
            for (UUID removed : effect.removed()) {
                annotations.removeIf(a -> a.id().equals(removed));
                if (removed.equals(selectedId)) {
                    selected.set(null);
                }
            }
            for (Annotation changed : effect.changed()) {
                if (changed.articleId() == current.id()) {
                    replaceSorted(changed);
                    if (changed.id().equals(selectedId)) {
                        selected.set(changed);
                    }
                }
            }
            for (Annotation added : effect.added()) {
                if (added.articleId() == current.id()) {
                    insertSorted(added);
                    if (selectAdded) {
                        selected.set(added);
                    }
                }
            }
        }
        if (effect.actorsChanged()) {
            actors.reload(() -> listeners.forEach(listener -> listener.accept(effect)),
                    error -> status.failed(messages.get("status.loading"), error));
        } else {
            listeners.forEach(listener -> listener.accept(effect));
        }
    }

    /**
     * Puts the new version of an annotation in its place: replaced where it stands when its text order is
     * unchanged, so the list keeps it selected (removing it would make the list select a neighbour for a moment).
     */
    private void replaceSorted(Annotation changed) {
        int old = 0;
        while (old < annotations.size() && !annotations.get(old).id().equals(changed.id())) {
            old++;
        }
        if (old < annotations.size()) {
            boolean afterPrevious = old == 0 || TEXT_ORDER.compare(annotations.get(old - 1), changed) <= 0;
            boolean beforeNext = old == annotations.size() - 1 || TEXT_ORDER.compare(changed, annotations.get(old + 1)) <= 0;
            if (afterPrevious && beforeNext) {
                annotations.set(old, changed);
                return;
            }
            annotations.remove(old);
        }
        insertSorted(changed);
    }

    private void insertSorted(Annotation annotation) {
        int index = 0;
        while (index < annotations.size() && TEXT_ORDER.compare(annotations.get(index), annotation) < 0) {
            index++;
        }
        annotations.add(index, annotation);
    }

    // ---- proposals for the marking dialogs ----

    /** The type, speaker and cue the suggestion engine proposes for a quote at this span, over the actors in memory. */
    public QuoteProposal proposeQuote(int start, int end) {
        return proposals.propose(requireArticle().text(), start, end, actors.all());
    }

    /** The selected words as an actor's name, without a possessive "’s"; an existing actor's name when one answers to it. */
    public String proposeActorName(int start, int end) {
        String words = requireArticle().text().substring(start, end).strip();
        if (words.endsWith("’s") || words.endsWith("'s")) {
            words = words.substring(0, words.length() - 2);
        }
        String typed = words;
        return actors.find(typed).map(Actor::name).orElse(typed);
    }

    /** The claimant a claim at this span probably has: the speaker of the quote around it, or of the longest quote inside it. */
    public String proposeClaimant(int start, int end) {
        return enclosingQuote(start, end)
                .or(() -> annotations.stream()
                        .filter(a -> a.kind() == AnnotationKind.QUOTE && a.start() >= start && a.end() <= end)
                        .max(Comparator.comparingInt(a -> a.end() - a.start())))
                .map(quote -> actors.nameOf(quote.quote().speakerActorId()))
                .orElse("");
    }

    private Optional<Annotation> enclosingQuote(int start, int end) {
        return annotations.stream()
                .filter(a -> a.kind() == AnnotationKind.QUOTE && a.start() <= start && a.end() >= end)
                .min(Comparator.comparingInt(a -> a.end() - a.start()));
    }

    // ---- marking ----

    public void markHighlight(int start, int end) {
        Annotation highlight = Annotation.highlight(requireArticle().id(), requireArticle().revision(), anchor(start, end), clock.instant());
        commands.perform(create(highlight, null));
    }

    public void markQuote(int start, int end, QuoteInput input) {
        QuoteProposal proposal = input.proposal() == null ? QuoteProposal.none(input.type()) : input.proposal();
        ActorNames.Resolved speaker = names.resolve(input.speaker(), input.newSpeakerType(), NewActor.Slot.SPEAKER);
        QuoteDetails details = QuoteProposals.details(proposal, input.speaker(), speaker.actorId(), input.cue(), input.type());
        Annotation quote = Annotation.quote(requireArticle().id(), requireArticle().revision(), anchor(start, end), details, clock.instant());
        commands.perform(create(quote, speaker.newActor()));
    }

    public void markActor(int start, int end, ActorInput input) {
        if (input.name().isEmpty()) {
            throw new IllegalArgumentException("an actor mention needs an actor's name");
        }
        Article current = requireArticle();
        Optional<Actor> existing = actors.find(input.name());
        Annotation mention = Annotation.actorMention(current.id(), current.revision(), anchor(start, end),
                existing.map(Actor::id).orElse(0L), clock.instant());
        if (existing.isEmpty()) {
            Actor draft = ActorNaming.withMentionAlias(Actor.named(input.name(), input.type()), mention.exact());
            if (!input.role().isEmpty()) {
                draft = draft.withRole(new ActorRole(input.role(), current.publishedDate(), current.id()));
            }
            commands.perform(create(mention, new NewActor(draft, NewActor.Slot.MENTION)));
            return;
        }
        Change create = create(mention, null);
        Actor actor = existing.get();
        boolean sameRole = input.role().isEmpty() || ActorNames.roleIn(actor, current.id()).equals(input.role());
        Actor updated = ActorNaming.withMentionAlias(sameRole ? actor : ActorNames.withRoleFor(actor, input.role(), current), mention.exact());
        if (updated.equals(actor)) {
            commands.perform(create);
        } else {
            commands.perform(changes.together(create.description(),
                    List.of(create, changes.updateActor(create.description(), updated))));
        }
    }

    public void markClaim(int start, int end, ClaimInput input) {
        Article current = requireArticle();
        ActorNames.Resolved claimant = input.outlet() ? ActorNames.Resolved.NONE : names.resolve(input.claimant(), ActorType.PERSON, NewActor.Slot.CLAIMANT);
        UUID quoteId = enclosingQuote(start, end).map(Annotation::id).orElse(null);
        ClaimDetails details = new ClaimDetails(input.statement(), claimant.actorId(), input.outlet(), input.kind(), input.status(),
                input.evidence(), quoteId);
        Annotation claim = Annotation.claim(current.id(), current.revision(), anchor(start, end), details, clock.instant());
        commands.perform(create(claim, claimant.newActor()));
    }

    // ---- editing ----

    /** Replaces an annotation by an edited version (note, tags, cue, type, status, evidence, statement...). */
    public void edit(Annotation before, Annotation after) {
        if (before.equals(after)) {
            return;
        }
        commands.perform(changes.updateAnnotation(changeName("change.edit", before), after, null));
    }

    /** Points a quote at the speaker typed (an existing actor, a new one, or none when empty). */
    public void setSpeaker(Annotation quote, String typed) {
        ActorNames.Resolved speaker = names.resolve(typed, ActorType.PERSON, NewActor.Slot.SPEAKER);
        QuoteDetails old = quote.quote();
        SpeakerResolution resolution = speaker.isEmpty() ? SpeakerResolution.UNATTRIBUTED
                : old.resolution() == SpeakerResolution.UNATTRIBUTED ? SpeakerResolution.EXPLICIT : old.resolution();
        QuoteDetails details = new QuoteDetails(speaker.actorId(), old.speakerSpan(), old.cue(), old.cueSpan(), old.type(), resolution);
        saveWithActor(quote, quote.withQuote(details, clock.instant()), speaker.newActor());
    }

    /** Links an actor mention to the actor typed (existing or new). */
    public void setMentionedActor(Annotation mention, String typed, ActorType typeForNew) {
        if (typed == null || typed.isBlank()) {
            return;
        }
        ActorNames.Resolved actor = names.resolve(typed, typeForNew, NewActor.Slot.MENTION);
        Annotation after = actor.newActor() == null ? mention.withActor(actor.actorId(), clock.instant()) : mention;
        saveWithActor(mention, after, actor.newActor());
    }

    /** Sets a claim's claimant: the actor typed (existing or new), none when empty. */
    public void setClaimant(Annotation claim, String typed) {
        ActorNames.Resolved claimant = names.resolve(typed, ActorType.PERSON, NewActor.Slot.CLAIMANT);
        ClaimDetails old = claim.claim();
        ClaimDetails details = new ClaimDetails(old.statement(), claimant.actorId(), old.claimantIsOutlet() && claimant.isEmpty(),
                old.kind(), old.status(), old.evidence(), old.quoteId());
        saveWithActor(claim, claim.withClaim(details, clock.instant()), claimant.newActor());
    }

    private void saveWithActor(Annotation before, Annotation after, NewActor newActor) {
        if (newActor == null && before.equals(after)) {
            return;
        }
        commands.perform(changes.updateAnnotation(changeName("change.edit", before), after, newActor));
    }

    /** Changes the type of the actor a mention names. */
    public void setActorType(Actor actor, ActorType type) {
        if (actor.type() != type) {
            commands.perform(changes.updateActor(messages.get("change.editActor", actor.name()), actor.withType(type)));
        }
    }

    /** Records the role the actor has in this article (replacing the role recorded from it before). */
    public void setRole(Actor actor, String role) {
        Article current = requireArticle();
        String wanted = role == null ? "" : role.strip();
        if (ActorNames.roleIn(actor, current.id()).equals(wanted)) {
            return;
        }
        commands.perform(changes.updateActor(messages.get("change.editActor", actor.name()),
                ActorNames.withRoleFor(actor, wanted, current)));
    }

    public void delete(Annotation annotation) {
        commands.perform(changes.deleteAnnotation(changeName("change.delete", annotation), annotation));
    }

    /** Attaches a moved or orphaned annotation to the words now selected. */
    public void reattach(Annotation annotation, int start, int end) {
        Article current = requireArticle();
        if (annotation.articleId() != current.id()) {
            throw new IllegalArgumentException("the annotation belongs to another article");
        }
        commands.perform(changes.reattachAnnotation(changeName("change.reattach", annotation), annotation, start, end));
    }

    // ---- helpers ----

    private Change create(Annotation annotation, NewActor newActor) {
        return changes.createAnnotation(changeName("change.create", annotation), annotation, newActor);
    }

    /** How a change is named in the status bar and the Edit menu: the kind and the start of the marked words. */
    private String changeName(String key, Annotation annotation) {
        return messages.get(key, messages.get("change.kind." + annotation.kind().name()), Excerpt.quoted(annotation.exact(), Excerpt.IN_A_CHANGE_NAME));
    }

    private Anchor anchor(int start, int end) {
        String text = requireArticle().text();
        if (start >= end) {
            throw new IllegalArgumentException(messages.get("status.nothingSelected"));
        }
        return Anchor.of(text, start, end);
    }

    private Article requireArticle() {
        Article current = article.get();
        if (current == null) {
            throw new IllegalStateException("no article is open");
        }
        return current;
    }

    public ReadOnlyObjectProperty<Article> articleProperty() {
        return article.getReadOnlyProperty();
    }

    public ObservableList<Annotation> annotations() {
        return annotations;
    }

    public ObjectProperty<Annotation> selectedProperty() {
        return selected;
    }

    public ActorDirectory actors() {
        return actors;
    }

    public CommandStack commands() {
        return commands;
    }
}
