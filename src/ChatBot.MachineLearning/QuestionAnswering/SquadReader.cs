using System.IO.Compression;
using System.Text.Json;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>Reads SQuAD's JSON layout (v1.1 and v2.0), plain or gzip-compressed.</summary>
public static class SquadReader
{
    public static async Task<IReadOnlyList<QaArticle>> ReadAsync(string path, CancellationToken cancellationToken = default)
    {
        await using var file = File.OpenRead(path);
        await using var stream = path.EndsWith(".gz", StringComparison.OrdinalIgnoreCase) ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file;
        using var document = await JsonDocument.ParseAsync(stream, cancellationToken: cancellationToken).ConfigureAwait(false);
        return [.. document.RootElement.GetProperty("data").EnumerateArray().Select(Article)];
    }

    private static QaArticle Article(JsonElement article) =>
        new(article.GetProperty("title").GetString() ?? "", [.. article.GetProperty("paragraphs").EnumerateArray().Select(Paragraph)]);

    private static QaParagraph Paragraph(JsonElement paragraph) =>
        new(paragraph.GetProperty("context").GetString() ?? "", [.. paragraph.GetProperty("qas").EnumerateArray().Select(Question)]);

    private static QaQuestion Question(JsonElement question)
    {
        var impossible = question.TryGetProperty("is_impossible", out var flag) && flag.GetBoolean();
        var answers = question.GetProperty("answers").EnumerateArray()
            .Select(a => new QaAnswer(a.GetProperty("text").GetString() ?? "", a.GetProperty("answer_start").GetInt32()))
            .Where(a => a.Text.Length > 0)
            .Distinct()
            .ToList();
        return new QaQuestion(question.GetProperty("id").GetString() ?? "", question.GetProperty("question").GetString() ?? "", answers, impossible);
    }
}
