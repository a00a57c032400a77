using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Search;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Answers;

/// <summary>
/// The extractive answer engine: answers only with sentences of the corpus, each cited, and declines when the
/// best evidence does not cover enough of the question. Pure and synchronous; caching and timing live in
/// <see cref="AnswerService"/>.
/// </summary>
public sealed partial class AnswerEngine(ICorpusIndexProvider corpora, TextAnalyzer analyzer, IQuestionClassifier classifier, AnswerEngineOptions? options = null)
{
    private const float OffTopicConfidence = 0.8f;
    private const float OffTopicEvidence = 0.85f;

    private readonly AnswerEngineOptions settings = options ?? AnswerEngineOptions.Default;

    public AnswerEngineOptions Options => settings;

    /// <summary>Answers a question that <see cref="QuestionSanitizer"/> has already cleaned.</summary>
    public AnswerResult Answer(string question) => Answer(question, corpora.Current);

    /// <summary>Answers from the given index (the caller keys its cache by the same index's fingerprint).</summary>
    public AnswerResult Answer(string question, CorpusIndex index)
    {
        var context = RetrievalContext.For(index, analyzer);
        var corpus = context.Corpus;
        if (ManipulationDetector.Detect(question) is var manipulation && manipulation != ManipulationKind.None)
        {
            return NotFound(question, AnswerMessages.NotFound(corpus, AnswerMessages.ForManipulation(manipulation)));
        }

        var classification = Refine(classifier.Classify(question), question);
        var dates = QuestionDates.Find(question);
        if (classification.Kind == QuestionKind.Timeline && dates is not null)
        {
            return new TimelineAnswerer(context, settings).Answer(question, dates) ?? NotFound(question, AnswerMessages.NotFound(corpus, $"They hold no dated events for {dates}."));
        }

        var plan = WithoutKnownYears(context.Planner.Plan(question, classification.Kind), corpus);
        var missing = MissingEntities(question, plan).ToList();
        if (missing.Count > 0 || plan.Concepts.All(c => !c.IsKnown))
        {
            return NotFound(question, AnswerMessages.NotFound(corpus, missing.Count > 0 ? AnswerMessages.Missing(missing) : null));
        }

        var evidence = EvidenceCollector.Collect(corpus, plan, context.Searcher.Search(plan, settings.PassageDepth), settings);
        var strength = evidence.Count == 0 ? 0 : Strength(evidence[0]);
        var offTopic = classification.Kind == QuestionKind.OffTopic && classification.Confidence >= OffTopicConfidence && strength < OffTopicEvidence;
        if (strength < settings.MinEvidence || offTopic)
        {
            return NotFound(question, AnswerMessages.NotFound(corpus));
        }

        var chosen = SentenceSelector.Select(evidence, plan, settings);
        if (!MentionsAnchors(evidence, chosen, plan.Anchors) || !ReportsSpeech(question, chosen, plan.Anchors))
        {
            return NotFound(question, AnswerMessages.NotFound(corpus));
        }

        if (NewFacts.IsRequired(plan.Kind, question) && !chosen.Any(e => e.AnswersKind))
        {
            return NotFound(question, AnswerMessages.NotFound(corpus, AnswerMessages.MissingFact(plan.Kind)));
        }

        var composer = new AnswerComposer(corpus);
        var text = composer.Write(chosen, settings.WordBudget, clause => IsRelevant(clause, plan, corpus.Index));
        var timeline = composer.Attach(RelatedEvents(corpus, chosen, dates));
        return new AnswerResult(question, AnswerStatus.Answered, text, composer.Citations, timeline, false, 0);
    }

    /// <summary>"Who is Choi Sung-Yong?" asks for a description of a named person, not for a name.</summary>
    private static QuestionClassification Refine(QuestionClassification classification, string question) =>
        classification.Kind == QuestionKind.Person && AboutNamedPerson().IsMatch(question)
            ? classification with { Kind = QuestionKind.Description }
            : classification;

    [System.Text.RegularExpressions.GeneratedRegex(@"^\W*who(’s|'s|\s+is|\s+was|\s+are|\s+were)\s+(?!the\b|a\b|an\b|that\b|this\b)[^'’]*\??\s*$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AboutNamedPerson();

    /// <summary>
    /// A question about a specific name ("Where was Hasuike taken from?") is only answered by evidence that
    /// mentions it: the chosen sentences and the primary sentence's neighbours must hold every anchor.
    /// </summary>
    private static bool MentionsAnchors(List<EvidenceSentence> evidence, List<EvidenceSentence> chosen, ulong anchors)
    {
        var primary = evidence[0];
        var mask = chosen.Aggregate(0UL, (m, e) => m | e.Mask)
            | evidence.Where(e => e.Hit.Passage.Ordinal == primary.Hit.Passage.Ordinal && Math.Abs(e.SentenceIndex - primary.SentenceIndex) <= 1).Aggregate(0UL, (m, e) => m | e.Mask);
        return (mask & anchors) == anchors;
    }

    /// <summary>
    /// "What did Trump say about …" is answered only by a sentence in which the person asked about says, states or
    /// declares something; a sentence that merely mentions them does not report their words.
    /// </summary>
    private static bool ReportsSpeech(string question, List<EvidenceSentence> chosen, ulong anchors) =>
        !AsksWhatSomeoneSaid().IsMatch(question)
        || chosen.Any(e => SpeechVerb().IsMatch(e.Text) && (e.Mask & anchors) == anchors);

    [System.Text.RegularExpressions.GeneratedRegex(@"\bwhat\s+(did|does|do|has|have|had)\s+.+?\s+(say|said|says|claim|claimed|state|stated|announce|announced|declare|declared|tell|told)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex AsksWhatSomeoneSaid();

    [System.Text.RegularExpressions.GeneratedRegex(@"\b(said|says|say|stated|states|told|tells|declared|declaring|declares|announced|claimed|claims|called|described|condemned|vowed|vowing|warned|insisted|argued|wrote|according to)\b", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex SpeechVerb();

    /// <summary>The best sentence's coverage plus half of what its neighbours add.</summary>
    internal static float Strength(EvidenceSentence best) => best.Coverage + (0.5f * (best.WindowCoverage - best.Coverage));

    /// <summary>
    /// A year the articles never print but know otherwise ("in 2018" for an article published in April 2018, or an
    /// event dated from "last year") is not a missing fact; it is left out of the plan instead of counting against it.
    /// </summary>
    private static QueryPlan WithoutKnownYears(QueryPlan plan, CorpusIndex corpus)
    {
        var known = corpus.KnownYears;
        var kept = plan.Concepts.Where(c => c.IsKnown || !known.Contains(c.Text)).ToList();
        return kept.Count == plan.Concepts.Count ? plan : plan with { Concepts = kept, Focus = plan.Focus is { } f && f < kept.Count && kept[f] == plan.Concepts[f] ? f : null };
    }

    /// <summary>
    /// Names and numbers the question asks about that the corpus never mentions ("Megumi Yokota", "1990"): no
    /// answer can be about them, whatever else matches.
    /// </summary>
    private static IEnumerable<string> MissingEntities(string question, QueryPlan plan)
    {
        var words = Tokenizer.Tokenize(question);
        foreach (var concept in plan.UnknownConcepts)
        {
            var token = words.FirstOrDefault(w => w.Folded == concept.Text);
            var surface = token.Folded is null ? concept.Text : question.Substring(token.Start, token.Length);
            var isName = surface.Length > 1 && char.IsUpper(surface[0]) && (token.Start > 0 || surface.Skip(1).Any(char.IsUpper));
            if (isName || char.IsAsciiDigit(surface[0]) || plan.IsYesNo)
            {
                yield return surface;
            }
        }
    }

    private bool IsRelevant(string clause, QueryPlan plan, InvertedIndex index)
    {
        var terms = analyzer.Analyze(clause).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return plan.Concepts.Any(c => c.Alternatives.Any(a => terms.Contains(index.Term(a.TermId))))
            || (AnswerFeatureDetector.Detect(clause) & AnswerFeatureDetector.Required(plan.Kind)) != 0;
    }

    /// <summary>Dated events stated by the sentences used, limited to the dates the question names.</summary>
    private static IEnumerable<TimelineEvent> RelatedEvents(CorpusIndex corpus, List<EvidenceSentence> chosen, DateRange? dates) =>
        chosen.SelectMany(c => corpus.EventsAt(c.Hit.Passage.Id, c.Span.Start)).Distinct().Where(e => dates is null || dates.Contains(e.Date)).OrderBy(e => e.Date.Start).ThenBy(e => e.Date.LastYear).ThenBy(e => e.CorpusOrder);

    private static AnswerResult NotFound(string question, string message) =>
        new(question, AnswerStatus.NotFound, message, [], [], false, 0);
}
