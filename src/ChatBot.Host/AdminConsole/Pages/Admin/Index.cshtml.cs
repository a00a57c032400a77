using System.Globalization;
using ChatBot.Core.Admin;
using ChatBot.Core.Storage;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin;

/// <summary>The dashboard: the last two weeks of questions and votes from the stores, answer times from this run's metrics.</summary>
public sealed class IndexModel(IActivityLog activity, IServiceProvider services, TimeProvider time) : PageModel
{
    public const int Days = 14;
    private const int MaxRows = 100_000;

    public ActivitySummary Summary { get; private set; } = ActivitySummary.Of([], [], [], DateOnly.MinValue, 0);

    public IReadOnlyList<AskedQuestion> Latest { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var since = new DateTimeOffset(today.AddDays(1 - Days).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        var questions = await activity.QuestionsSinceAsync(since, MaxRows, cancellationToken);
        var votes = await activity.FeedbackSinceAsync(since, MaxRows, cancellationToken);
        Summary = ActivitySummary.Of(questions, votes, services.GetRequiredService<AnswerTimings>().Snapshot(), today, Days);
        Latest = [.. questions.Take(10)];
    }

    public string Percent(double? rate) => rate is { } r ? r.ToString("P0", CultureInfo.InvariantCulture) : "–";

    public string Milliseconds(double? ms) => ms is { } m ? $"{m.ToString("0", CultureInfo.InvariantCulture)} ms" : "–";
}
