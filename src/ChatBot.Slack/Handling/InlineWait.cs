namespace ChatBot.Slack.Handling;

/// <summary>Waits for a reply only as long as the acknowledgement budget allows.</summary>
internal static class InlineWait
{
    public static async Task<bool> CompletedWithinAsync(Task task, TimeSpan budget, TimeProvider timeProvider, CancellationToken cancellationToken = default)
    {
        if (task.IsCompleted)
        {
            return true;
        }

        if (budget <= TimeSpan.Zero)
        {
            return false;
        }

        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var delay = Task.Delay(budget, timeProvider, cancel.Token);
        var winner = await Task.WhenAny(task, delay).ConfigureAwait(false);
        await cancel.CancelAsync().ConfigureAwait(false);
        return winner == task;
    }
}
