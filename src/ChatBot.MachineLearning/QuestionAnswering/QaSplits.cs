namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>The fixed split of the committed SQuAD articles, by their position in the file: every third is held out for testing.</summary>
public static class QaSplits
{
    public static QaSplit Of(int articlePosition) => (articlePosition % 3, articlePosition % 6) switch
    {
        (2, _) => QaSplit.Test,
        (_, 1) => QaSplit.Tune,
        _ => QaSplit.Train,
    };

    /// <summary>The articles of one split, keeping their positions.</summary>
    public static IReadOnlyList<QaArticle> Select(IReadOnlyList<QaArticle> articles, QaSplit split, IReadOnlyList<string>? order = null)
    {
        var positions = order ?? [.. articles.Select(a => a.Title)];
        return [.. articles.Where(a => Of(IndexOf(positions, a.Title)) == split)];
    }

    private static int IndexOf(IReadOnlyList<string> titles, string title)
    {
        for (var i = 0; i < titles.Count; i++)
        {
            if (titles[i] == title)
            {
                return i;
            }
        }

        throw new InvalidDataException($"article '{title}' is not in the reference order");
    }
}
