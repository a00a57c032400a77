using System.Security.Cryptography;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.FactCards;
using ChatBot.Core.Indexing;
using ChatBot.Core.Quiz;
using ChatBot.Core.Storage;
using ChatBot.Core.Text;

namespace ChatBot.Core.Commands.Quiz;

/// <summary>/quiz start [topic]: a question for the channel from the timeline, the articles and verified fact cards; /quiz score: the channel's leaderboard.</summary>
public sealed class QuizCommandHandler(IQuizStore store, QuizGenerator generator, QuizRandom random, FactCardService cards, ICorpusIndexProvider corpora, QuizOptions options, TimeProvider time) : ICommandHandler
{
    private const int MaxTopicLength = 100;

    public string Command => CommandNames.Quiz;

    public async Task<Reply> HandleAsync(CommandRequest request, CancellationToken cancellationToken)
    {
        var subcommand = request.Subcommand?.Trim().ToLowerInvariant();
        var topic = request.Option("topic")?.Trim();
        if (subcommand == "score" || (subcommand is null && string.Equals(topic, "score", StringComparison.OrdinalIgnoreCase)))
        {
            return QuizReplies.Leaderboard(await store.LeaderboardAsync(request.Platform, request.WorkspaceId, request.ChannelId, options.LeaderboardSize, cancellationToken));
        }

        if (subcommand is not (null or "start"))
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = "Try /quiz start [topic] for a question, or /quiz score for this channel's leaderboard." };
        }

        if (topic is { Length: > MaxTopicLength })
        {
            return new Reply { Kind = ReplyKind.Invalid, Body = $"The topic is limited to {MaxTopicLength} characters." };
        }

        topic = topic is null ? null : MentionNeutralizer.Neutralize(topic);
        var corpus = corpora.Current;
        var verified = await cards.ListAsync(null, cancellationToken);
        string? reason = null;
        var draft = random.Use(r => generator.Generate(corpus, verified, topic, r, out reason));
        if (draft is null)
        {
            return new Reply { Kind = ReplyKind.NotFound, Body = $"{reason} Try another topic, or /quiz start without one." };
        }

        var now = time.GetUtcNow();
        var question = new QuizQuestion(Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6)), draft, request.Platform, request.WorkspaceId, request.ChannelId, request.User.Id, now, now + options.AnswerWindow);
        try
        {
            await store.SaveAsync(question, cancellationToken);
        }
        catch (StorageUnavailableException)
        {
            return Reply.Error("Sorry, a quiz can't be started right now (storage is unavailable). Please try again later.");
        }

        return QuizReplies.Question(question, corpus);
    }

    public Task<IReadOnlyList<AutocompleteChoice>> AutocompleteAsync(CommandRequest request, string focusedOption, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<AutocompleteChoice>>(focusedOption == "topic"
            ? [.. CorpusTopics.For(corpora.Current).Suggest(request.Option("topic") ?? "").Select(t => new AutocompleteChoice(t, t))]
            : []);
}
