/**
 * Suggestions: Margin proposes quotes, speakers, actors and claims for an article, offline, from rules,
 * word lists shipped as resources beside these classes, and Apache OpenNLP part-of-speech models shipped as jars
 * for English, German and French ({@code PosModels}, {@code PosTags}: proper or common noun, verb; nothing is
 * downloaded; other languages are read with the rules alone). Each article is read
 * in its language (English, German, French, Spanish, Italian, Portuguese, Dutch: from its metadata, else
 * detected by {@code LanguageDetector}), with that language's lists under {@code lang/XX/} (see the README
 * there and docs/SUGGESTIONS.md for the figures per language).
 *
 * <p>Entry point: {@link dev.margin.suggest.Suggester#suggest(String, java.util.List)} returns
 * {@link dev.margin.suggest.Suggestion}s in text order; {@link dev.margin.suggest.SuggestionJsonLines}
 * writes them for {@code suggest --json}; {@link dev.margin.suggest.SuggestionFilter} leaves out what the
 * user rejected or already marked. Depends on the domain package only; pure and thread-safe.
 *
 * <h2>Conventions</h2>
 * <ul>
 *   <li>A direct quote's span is the text between its marks, without the marks and without the spaces
 *       French typography puts inside « »; punctuation inside the marks stays in (“We will not pay,”).</li>
 *   <li>A quote split around its attribution (“…,” she said, “…”) is two quote suggestions with the same
 *       speaker; the second names the first in {@code partOf}. A quote over several paragraphs is one
 *       span from the first opening mark to the last closing one.</li>
 *   <li>An indirect quote's span is the reported clause ("that …" or the clause before ", X said").
 *       A sentence holding a direct quote gets no indirect quote as well; one holding only a few quoted
 *       words ("said the plan was “dead”") gets both the partial quote and the indirect quote.</li>
 *   <li>A claim is a sentence of the writer's (without its final stop), a sentence inside a direct quote,
 *       or a participle clause after a quote's attribution ("…, adding that …").</li>
 *   <li>An actor suggestion is one mention; its {@code actor} is the canonical name shared by all
 *       mentions of the same actor (a surname alone joins the full name; "Ottawa said" is Canada), and its
 *       {@code mentions} list all of them; {@code Suggester.oneSuggestionPerActor} folds them to one per actor.</li>
 * </ul>
 */
package dev.margin.suggest;
