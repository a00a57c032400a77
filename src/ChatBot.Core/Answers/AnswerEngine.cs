using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Ranking;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// The extractive answer engine: answers only with sentences of the corpus, each cited. Learned models rank the
/// passages and sentences and estimate whether the best evidence answers the question; <see cref="AnswerDecision"/>
/// decides between answering and declining. Pure and synchronous; caching and timing live in <see cref="AnswerService"/>.
/// </summary>
public sealed partial class AnswerEngine(IQuestionClassifier classifier, AnswerEngineOptions? options = null, EvidenceModelSet? models = null, Embeddings.ISentenceEncoder? encoder = null)
{
    private const int MaxTimelineItems = 5;

    private readonly AnswerEngineOptions settings = options ?? AnswerEngineOptions.Default;
    private readonly EvidenceModelSet set = models ?? EvidenceModelFile.Embedded;
    private readonly EvidenceRanker lexical = new((models ?? EvidenceModelFile.Embedded).Lexical, (options ?? AnswerEngineOptions.Default).Ranker);
    private readonly EvidenceRanker? dense = (models ?? EvidenceModelFile.Embedded).Dense is { } denseModels && encoder is not null ? new(denseModels, (options ?? AnswerEngineOptions.Default).Ranker) : null;

    public AnswerEngineOptions Options => settings;

    public EvidenceModelSet Models => set;

    /// <summary>True when questions are ranked with the semantic features as well (a sentence encoder and dense models).</summary>
    public bool IsDense => dense is not null;

    /// <summary>
    /// What, besides the engine's build and the corpus, decides its answers: the models, whether it ranks with meaning,
    /// and the threshold. Part of every cache key, so changing any of them never serves an answer of the old setting.
    /// </summary>
    public string VariantFor(CorpusIndex corpus)
    {
        var meaning = RanksWithMeaning(corpus);
        return $"{set.Source}:{(meaning ? "dense" : "lexical")}:{ThresholdFor(meaning).ToString("R", System.Globalization.CultureInfo.InvariantCulture)}";
    }

    /// <summary>True when this corpus's passages carry vectors of the engine's encoder, so questions on it are ranked with meaning.</summary>
    private bool RanksWithMeaning(CorpusIndex corpus) => dense is not null && encoder is not null && corpus.Vectors?.EncoderId == encoder.EncoderId;

    private EvidenceModels ModelsFor(bool meaning) => meaning && dense is not null ? dense.Models : lexical.Models;

    /// <summary>The probability below which the engine declines: configured, or as trained for the models in use.</summary>
    private float ThresholdFor(bool meaning) => settings.Threshold ?? ModelsFor(meaning).Threshold;

    private AnswerChoiceOptions Choice => ChoiceFor(IsDense);

    private AnswerChoiceOptions ChoiceFor(bool meaning) => settings.Choice ?? ModelsFor(meaning).Choice;

    private EvidenceRanker RankerFor(QuestionProfile question) => question.IsDense && dense is not null ? dense : lexical;

    /// <summary>
    /// Answers a question that <see cref="QuestionSanitizer"/> has already cleaned, from the given index (the caller keys
    /// its cache by the same index's fingerprint, so the index is never read twice across a hot reload).
    /// </summary>
    public AnswerResult Answer(string question, CorpusIndex index)
    {
        var context = RetrievalContext.For(index);
        var corpus = context.Corpus;
        var examination = Examine(context, question);
        string? noEvents = null;
        if (examination.Timeline)
        {
            if (new TimelineAnswerer(context, Choice.WordBudget).Answer(question, examination.Dates!) is { } dated)
            {
                return dated;
            }

            // The timeline holds what happened, not what was hoped or expected for a date: the passages may still answer.
            noEvents = $"They hold no dated events for {examination.Dates}.";
            examination = Examine(context, question, fromTimeline: false, examination.Classification);
        }

        var decision = examination.Decide(ThresholdFor(examination.Evidence?.Question.IsDense == true));
        if (!decision.Answers || examination is not { Evidence: { } evidence, Choice: { } choice })
        {
            return noEvents is null ? Decline(question, corpus, decision, examination.Evidence) : NotFound(question, AnswerMessages.NotFound(corpus, noEvents));
        }

        var composer = new AnswerComposer(corpus);
        var plan = evidence.Question.Plan;
        // The plan's terms only when a sentence is long enough to lose clauses: most answers never ask.
        HashSet<string>? planTerms = null;
        var text = composer.Write(choice.Sentences, Choice.WordBudget, clause => IsRelevant(clause, planTerms ??= PlanTerms(plan, corpus), plan.Kind, corpus));
        var timeline = composer.AttachUnquoted(RelatedEvents(corpus, choice.Sentences, examination.Dates), MaxTimelineItems);
        return new AnswerResult(question, AnswerStatus.Answered, text, composer.Citations, timeline, false, 0);
    }

    /// <summary>
    /// Everything the engine works out before the threshold is applied: the rules' decision, the ranked evidence and
    /// the sentences an answer would quote (used to train and measure the models, and by <see cref="Answer(string, CorpusIndex)"/>).
    /// </summary>
    public Examination Examine(string question, CorpusIndex index) => Examine(RetrievalContext.For(index), question);

    private Examination Examine(RetrievalContext context, string question, bool fromTimeline = true, QuestionClassification? classified = null)
    {
        // The same question classified again is classified the same: a second look (after the timeline) reuses the first.
        var classification = classified ?? Refine(classifier.Classify(question), question);
        var dates = QuestionDates.Find(question);
        var manipulation = ManipulationDetector.Detect(question);
        if (fromTimeline && classification.Kind == QuestionKind.Timeline && dates is not null && manipulation == ManipulationKind.None)
        {
            return new Examination(classification, dates, true, AnswerDecision.Before(manipulation, [], true), null, null, null);
        }

        var profile = Read(context, question, classification.Kind);
        var unmentioned = Unmentioned(question, profile.Plan);
        var before = AnswerDecision.Before(manipulation, unmentioned.Names, AnyKnown(profile.Plan.Concepts));
        if (!before.Answers)
        {
            return new Examination(classification, dates, false, before, null, null, null);
        }

        var ranker = RankerFor(profile);
        var evidence = ranker.Rank(context, profile);
        var choice = AnswerChooser.Choose(context.Corpus, evidence, ChoiceFor(profile.IsDense));
        var assessment = ranker.Assess(evidence, choice);
        var smallTalk = RuleBasedQuestionClassifier.IsSmallTalk(question);
        return new Examination(classification, dates, false, AnswerDecision.On(smallTalk, unmentioned.Words, evidence, choice, assessment), evidence, choice, assessment);
    }

    private static bool AnyKnown(IReadOnlyList<QueryConcept> concepts)
    {
        for (var c = 0; c < concepts.Count; c++)
        {
            if (concepts[c].IsKnown)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The question's kind, as the classifier reads it, refined for questions about a named person.</summary>
    private QuestionKind Classify(string question) => Refine(classifier.Classify(question), question).Kind;

    private QuestionProfile Read(RetrievalContext context, string question, QuestionKind kind) =>
        QuestionProfile.For(WithoutKnownYears(context.Planner.Plan(question, kind), context.Corpus), kind, Vector(question, context.Corpus));

    /// <summary>
    /// The question's vector, when the engine ranks with meaning as well and the index's passages were encoded by the
    /// same encoder. An encoder that fails leaves the question to the lexical models.
    /// </summary>
    private float[]? Vector(string question, CorpusIndex corpus)
    {
        if (!RanksWithMeaning(corpus))
        {
            return null;
        }

        try
        {
            return encoder!.Encode([question]) is [{ } vector] && vector.Length == corpus.Vectors!.Dimensions ? vector : null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private AnswerResult Decline(string question, CorpusIndex corpus, AnswerDecision decision, RankedEvidence? evidence)
    {
        var detail = decision.Reason switch
        {
            DeclineReason.Manipulation => AnswerMessages.ForManipulation(ManipulationDetector.Detect(question)),
            DeclineReason.UnknownNames => AnswerMessages.Missing(decision.Missing),
            _ => null,
        };
        var nearest = evidence?.Sentences.FirstOrDefault();
        if (decision.Reason is not DeclineReason.NotAnswered || nearest is null || nearest.Match.Coverage < settings.NearestCoverage)
        {
            return NotFound(question, AnswerMessages.NotFound(corpus, detail));
        }

        var composer = new AnswerComposer(corpus);
        var quote = composer.Write([new ChosenSentence(nearest.Passage.Hit.Passage, nearest.Index, nearest.Span, nearest.Text)], Choice.WordBudget, _ => true);
        var lacking = decision.Missing.Count > 0 ? decision.Missing : MissingWords(question, evidence!.Question, nearest);
        var reason = detail is null ? AnswerMessages.NotDirectly(lacking) : $"{AnswerMessages.NotCovered} {detail}";
        return new AnswerResult(question, AnswerStatus.NotFound, AnswerMessages.Nearest(reason, quote), composer.Citations, [], false, 0);
    }

    /// <summary>The question's words (as typed) that the nearest sentence and its neighbours do not hold, heaviest first.</summary>
    private static IReadOnlyList<string> MissingWords(string question, QuestionProfile profile, RankedSentence nearest)
    {
        var window = nearest.Match.Mask | (nearest.Index > 0 ? nearest.Passage.Match.Sentences[nearest.Index - 1].Mask : 0)
            | (nearest.Index + 1 < nearest.Passage.Match.Sentences.Length ? nearest.Passage.Match.Sentences[nearest.Index + 1].Mask : 0);
        var words = Tokenizer.Tokenize(question);
        return [.. profile.Concepts.Select((c, i) => (Concept: c, Bit: 1UL << i))
            .Where(c => (window & c.Bit) == 0)
            .OrderByDescending(c => c.Concept.Weight)
            .Take(2)
            .Select(c => words.FirstOrDefault(w => w.Folded == c.Concept.Text) is { Folded: not null } token ? question.Substring(token.Start, token.Length) : c.Concept.Text)];
    }

    /// <summary>A clause is relevant when it holds a term of the question's plan or the kind of fact the question asks for.</summary>
    private static bool IsRelevant(string clause, HashSet<string> planTerms, QuestionKind kind, CorpusIndex corpus)
    {
        foreach (var token in corpus.Analyzer.Analyze(clause))
        {
            if (planTerms.Contains(token.Term))
            {
                return true;
            }
        }

        return (AnswerFeatureDetector.Detect(clause) & AnswerFeatureDetector.Required(kind)) != 0;
    }

    /// <summary>Every index term the plan's concepts stand for, made once for all the clauses of an answer.</summary>
    private static HashSet<string> PlanTerms(QueryPlan plan, CorpusIndex corpus)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var concept in plan.Concepts)
        {
            foreach (var alternative in concept.Alternatives)
            {
                terms.Add(corpus.Index.Term(alternative.TermId));
            }
        }

        return terms;
    }

    /// <summary>
    /// Dated events stated in the passages the answer quotes from, limited to the dates the question names, by date
    /// (start, last year, corpus order; equals in the order first met); the composer leaves out the quoted sentences'
    /// own events, which would only repeat the answer.
    /// </summary>
    /// <remarks>
    /// Loops, not the LINQ chain (distinct passages, their sentences' events, distinct, in range, ordered) it replaced:
    /// every answer runs it and most find no event at all. Filtering before the events are told apart keeps the same
    /// events in the same order, since equal events have equal dates.
    /// </remarks>
    internal static List<TimelineEvent> RelatedEvents(CorpusIndex corpus, IReadOnlyList<ChosenSentence> chosen, DateRange? dates)
    {
        var events = new List<TimelineEvent>();
        for (var c = 0; c < chosen.Count; c++)
        {
            var passage = chosen[c].Passage;
            if (SeenBefore(chosen, c, passage))
            {
                continue;
            }

            foreach (var sentence in passage.Sentences)
            {
                foreach (var e in corpus.EventsAt(passage, sentence.Start))
                {
                    if ((dates is null || dates.Contains(e.Date)) && !events.Contains(e))
                    {
                        events.Add(e);
                    }
                }
            }
        }

        // Stable insertion sort: an answer's passages state a handful of dated events.
        for (var i = 1; i < events.Count; i++)
        {
            var e = events[i];
            var at = i;
            while (at > 0 && ComesAfter(events[at - 1], e))
            {
                events[at] = events[at - 1];
                at--;
            }

            events[at] = e;
        }

        return events;
    }

    private static bool SeenBefore(IReadOnlyList<ChosenSentence> chosen, int c, Passage passage)
    {
        for (var before = 0; before < c; before++)
        {
            if (chosen[before].Passage.Equals(passage))
            {
                return true;
            }
        }

        return false;
    }

    private static bool ComesAfter(TimelineEvent a, TimelineEvent b) =>
        a.Date.Start.CompareTo(b.Date.Start) is var start && start != 0 ? start > 0
        : a.Date.LastYear.CompareTo(b.Date.LastYear) is var last && last != 0 ? last > 0
        : a.CorpusOrder > b.CorpusOrder;

    private static AnswerResult NotFound(string question, string message) =>
        new(question, AnswerStatus.NotFound, message, [], [], false, 0);
}
