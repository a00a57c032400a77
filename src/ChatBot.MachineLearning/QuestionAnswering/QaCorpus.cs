using System.Globalization;
using System.Text;
using ChatBot.Core.Corpus;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// A corpus made of reading-comprehension paragraphs, one article per paragraph (as if each were a Markdown file
/// in the corpus folder), with every question placed in it.
/// </summary>
public sealed class QaCorpus
{
    private QaCorpus(CorpusLoadResult articles, IReadOnlyList<QaCase> cases)
    {
        Articles = articles;
        Cases = cases;
    }

    public CorpusLoadResult Articles { get; }

    public IReadOnlyList<QaCase> Cases { get; }

    public static QaCorpus Build(IEnumerable<QaArticle> source)
    {
        var articles = new List<Article>();
        var cases = new List<QaCase>();
        foreach (var qa in source)
        {
            for (var p = 0; p < qa.Paragraphs.Count; p++)
            {
                var paragraph = qa.Paragraphs[p];
                var id = string.Create(CultureInfo.InvariantCulture, $"{Slug(qa.Title)}-p{p + 1:D3}");
                var metadata = new ArticleMetadata { Title = qa.Title.Replace('_', ' '), Language = "en" };
                var article = ArticleAssembler.Assemble(id, metadata, [new ArticleBlock(BlockKind.Paragraph, paragraph.Context)]);
                articles.Add(article);
                var offsets = OffsetMap(paragraph.Context);
                foreach (var question in paragraph.Questions)
                {
                    var answers = question.Answers.Select(a => new QaAnswer(a.Text, offsets[Math.Clamp(a.Start, 0, offsets.Length - 1)])).ToList();
                    cases.Add(new QaCase(question, id, answers));
                }
            }
        }

        var fingerprint = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n', articles.Select(a => a.Id + a.Text)))))[..32];
        return new QaCorpus(new CorpusLoadResult(articles, []) { Fingerprint = fingerprint }, cases);
    }

    /// <summary>Where each character of the paragraph lands once whitespace runs are collapsed, as the assembler does.</summary>
    private static int[] OffsetMap(string text)
    {
        var map = new int[text.Length + 1];
        var output = 0;
        var pendingSpace = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                map[i] = output;
                pendingSpace = output > 0;
                continue;
            }

            if (pendingSpace)
            {
                output++;
                pendingSpace = false;
            }

            map[i] = output;
            output++;
        }

        map[text.Length] = output;
        return map;
    }

    private static string Slug(string title) =>
        new([.. title.Select(c => char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-')]);
}
