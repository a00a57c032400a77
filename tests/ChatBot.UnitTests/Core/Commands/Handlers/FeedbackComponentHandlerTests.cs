using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Storage;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands;

/// <summary>A vote the store cannot keep is reported to the voter in one line (the store says so by throwing).</summary>
public sealed class FeedbackComponentHandlerTests
{
    [Fact]
    public async Task Vote_WhenTheStoreIsUnavailable_TellsTheVoterItWasNotSaved()
    {
        var archive = new InMemoryAnswerArchive();
        var answer = new AnswerResult("q", AnswerStatus.Answered, "An answer.", [], [], false, 0);
        var id = await archive.SaveAsync(answer);
        var handler = new FeedbackComponentHandler(archive, new UnavailableFeedbackStore(), new FakeTimeProvider());

        var reply = await handler.HandleAsync(new ComponentRequest(ChatPlatform.Slack, new ChatUser("U1"), "C1", $"fb:up:{id}"), ["up", id], CancellationToken.None);

        Assert.Equal(("Sorry, your feedback couldn't be saved right now.", ReplyKind.Info), (reply.Body, reply.Kind));
    }

    private sealed class UnavailableFeedbackStore : IFeedbackStore
    {
        public ValueTask RecordAsync(Feedback feedback, CancellationToken cancellationToken = default) =>
            throw new StorageUnavailableException("the vote could not be stored: unavailable");

        public ValueTask<IReadOnlyList<Feedback>> ListAsync(string answerId, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult<IReadOnlyList<Feedback>>([]);
    }
}
