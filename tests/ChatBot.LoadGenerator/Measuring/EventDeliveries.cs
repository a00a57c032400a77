using ChatBot.LoadGenerator.StandIn;

namespace ChatBot.LoadGenerator.Measuring;

/// <summary>
/// Slack @mentions delivered to every replica: how many there were, how many got exactly one answer in their thread at
/// the stand-in, how many more than one (a duplicate: two replicas both answered) and how many none.
/// </summary>
internal sealed record EventDeliveries(int Events, int DeliveriesEach, int AnsweredOnce, int Duplicates, int Unanswered)
{
    public static EventDeliveries None { get; } = new(0, 0, 0, 0, 0);

    public static EventDeliveries Count(IReadOnlyList<Sample> samples, PlatformStandIn standIn, int replicas)
    {
        var answers = samples
            .Where(s => s.Platform == Platform.SlackEvent && s.FollowUpKey is not null)
            .Select(s => standIn.AnswersInThread(s.FollowUpKey![(PlatformStandIn.SlackThreadKey("").Length)..]))
            .ToList();
        return answers.Count == 0 ? None : new EventDeliveries(answers.Count, replicas, answers.Count(n => n == 1), answers.Count(n => n > 1), answers.Count(n => n == 0));
    }
}
