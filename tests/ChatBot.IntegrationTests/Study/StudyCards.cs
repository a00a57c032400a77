using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.IntegrationTests.Study;

/// <summary>A card whose quotes are verbatim in the bundled corpus, and that corpus with one of them rewritten.</summary>
internal static class StudyCards
{
    public const string Slug = "pyongyang-summit-2002";
    public const string Article = "000_5816683cddb79770";
    public const string SummitQuote = "This was until the Japan-North Korea summit meeting held in Pyongyang on September 17, 2002.";

    public static FactCardContent Summit { get; } = new(
        "The 2002 Pyongyang summit",
        "Koizumi met Kim Jong Il in Pyongyang.",
        [new FactCardFact("The summit was held in Pyongyang on 17 September 2002.", Article, SummitQuote)],
        FactCardStatus.Verified,
        ["summit"]);

    public static Dictionary<string, string> FormValues(string title) => new()
    {
        ["title"] = title,
        ["summary"] = "Koizumi met Kim Jong Il in Pyongyang.",
        ["facts"] = $"The summit was held in Pyongyang on 17 September 2002.\nsource: {Article}\nquote: {SummitQuote}",
        ["details"] = "status: verified\ntags: summit",
    };

    public static CorpusIndex CorpusWithoutSummitQuote()
    {
        var directory = Directory.CreateTempSubdirectory("chatbot-it-corpus-").FullName;
        try
        {
            foreach (var file in Directory.GetFiles(EvaluationSet.CorpusDirectory, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(directory, Path.GetRelativePath(EvaluationSet.CorpusDirectory, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, File.ReadAllText(file).Replace(SummitQuote, "The summit was held later.", StringComparison.Ordinal));
            }

            return TestCorpus.Build(directory);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
