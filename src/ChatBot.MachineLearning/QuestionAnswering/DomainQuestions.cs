using System.Text.Json;

namespace ChatBot.MachineLearning.QuestionAnswering;

/// <summary>
/// The team's own questions on the bundled corpus (tests/evaluation/*.jsonl): answerable ones with the facts a right
/// answer holds, and off-topic, absent and prompt-injection ones that must be declined.
/// </summary>
public static class DomainQuestions
{
    public static async Task<IReadOnlyList<QaCase>> LoadAsync(string path, CancellationToken cancellationToken = default)
    {
        var cases = new List<QaCase>();
        foreach (var line in await File.ReadAllLinesAsync(path, cancellationToken).ConfigureAwait(false))
        {
            if (line.Trim().Length == 0)
            {
                continue;
            }

            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            var answerable = root.TryGetProperty("answerable", out var flag) && flag.GetBoolean();
            var facts = root.TryGetProperty("facts", out var list) ? list.EnumerateArray().Select(f => new QaAnswer(f.GetString() ?? "", -1)).Where(f => f.Text.Length > 0).ToList() : [];
            var question = new QaQuestion(root.GetProperty("id").GetString() ?? "", root.GetProperty("question").GetString() ?? "", facts, !answerable);
            var article = root.TryGetProperty("articleId", out var id) ? id.GetString() ?? "" : "";
            var evidence = root.TryGetProperty("evidence", out var pieces) ? pieces.EnumerateArray().Select(e => e.GetString() ?? "").Where(e => e.Length > 0).ToList() : [];
            cases.Add(new QaCase(question, article, facts) { Evidence = evidence });
        }

        return cases;
    }
}
