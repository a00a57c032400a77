using ChatBot.Core.Admin;
using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>Recent questions (30 days are kept), optionally only the declined ones, grouped by what they ask (<see cref="QuestionGroup"/>).</summary>
public sealed class QuestionsModel(IActivityLog activity, ICorpusIndexProvider corpora, TimeProvider time) : PageModel
{
    private const int Shown = 500;

    public bool DeclinedOnly { get; private set; }

    public IReadOnlyList<AskedQuestion> Questions { get; private set; } = [];

    public IReadOnlyList<QuestionGroup> Groups { get; private set; } = [];

    public async Task OnGetAsync(string? status, CancellationToken cancellationToken)
    {
        DeclinedOnly = string.Equals(status, "declined", StringComparison.OrdinalIgnoreCase);
        var all = await activity.QuestionsSinceAsync(time.GetUtcNow() - IQuestionHistory.MaxAge, Shown * 10, cancellationToken);
        Questions = [.. all.Where(q => !DeclinedOnly || q.Status == AnswerStatus.NotFound).Take(Shown)];
        Groups = DeclinedOnly ? QuestionGroup.Of(Questions, corpora.Current.Analyzer) : [];
    }

    public static string StatusText(AnswerStatus status) => status switch
    {
        AnswerStatus.Answered => "answered",
        AnswerStatus.NotFound => "declined",
        _ => status.ToString().ToLowerInvariant(),
    };
}
