using System.Runtime.CompilerServices;
using ChatBot.Core.Corpus;
using ChatBot.Core.Indexing;
using ChatBot.Core.Text;
using ChatBot.Core.Timeline;

namespace ChatBot.Core.Quiz;

/// <summary>
/// What a corpus offers quizzes, worked out once per index: every blankable answer in its paragraph sentences,
/// and per pool the distinct values distractors are drawn from (dates also lend their month and year to the
/// coarser pools, so "July 2004" can stand next to "October 2002").
/// </summary>
public sealed class QuizMaterial
{
    private static readonly ConditionalWeakTable<CorpusIndex, QuizMaterial> Cache = [];

    private QuizMaterial(CorpusIndex corpus, TextAnalyzer analyzer)
    {
        var facts = new List<QuizFact>();
        var pools = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var passage in corpus.Passages.Where(p => p.Kind == BlockKind.Paragraph))
        {
            var article = corpus.ArticleOf(passage);
            foreach (var span in passage.Sentences)
            {
                var sentence = article.Slice(span);
                var terms = Terms(corpus, analyzer, sentence);
                foreach (var answer in ClozeExtractor.Extract(sentence, article.Published))
                {
                    facts.Add(new QuizFact(answer, sentence, article.Id, passage.Id, terms));
                }

                foreach (var mention in DateExtractor.Extract(sentence, article.Published).Where(m => m.Date.End is null && !m.Date.IsDecade))
                {
                    AddDate(pools, mention.Date.Start);
                }
            }
        }

        foreach (var answer in facts.Select(f => f.Answer).Where(a => a.Kind != QuizKind.Date))
        {
            Add(pools, answer.Pool, answer.Key, answer.Label);
        }

        Facts = facts;
        Pools = pools.ToDictionary(p => p.Key, p => (IReadOnlyList<(string Key, string Label)>)[.. p.Value.Select(v => (v.Key, v.Value))], StringComparer.Ordinal);
    }

    public IReadOnlyList<QuizFact> Facts { get; }

    /// <summary>Pool name → distinct (key, label) values, in corpus order.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<(string Key, string Label)>> Pools { get; }

    public static QuizMaterial For(CorpusIndex corpus, TextAnalyzer analyzer) => Cache.GetValue(corpus, c => new QuizMaterial(c, analyzer));

    /// <summary>The sentence's index terms, sorted, for topic filters.</summary>
    public static int[] Terms(CorpusIndex corpus, TextAnalyzer analyzer, string text) =>
        [.. analyzer.Analyze(text).Where(t => !t.IsStopword).Select(t => corpus.Index.TermId(t.Term)).Where(id => id >= 0).Distinct().Order()];

    private static void AddDate(Dictionary<string, Dictionary<string, string>> pools, PartialDate date)
    {
        for (var d = date; ; d = d.Precision == DatePrecision.Day ? d with { Day = 0 } : d with { Month = 0 })
        {
            var (pool, label, key) = ClozeExtractor.DateLabel(d);
            Add(pools, pool, key, label);
            if (d.Precision == DatePrecision.Year)
            {
                break;
            }
        }
    }

    private static void Add(Dictionary<string, Dictionary<string, string>> pools, string pool, string key, string label)
    {
        var values = pools.TryGetValue(pool, out var existing) ? existing : pools[pool] = new Dictionary<string, string>(StringComparer.Ordinal);
        values.TryAdd(key, label);
    }
}
