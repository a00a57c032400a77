using ChatBot.Core.Commands;
using ChatBot.Core.Moderation;
using ChatBot.Core.Storage;

namespace ChatBot.UnitTests.Storage.Contracts;

/// <summary>What the moderation log and the feedback store do on every provider.</summary>
public abstract class ModerationStoreContract(IStoreProvider provider) : StoreContract(provider)
{
    [Fact]
    public async Task ModerationLog_ListsNewestFirst_UpToTheLimit()
    {
        var at = Provider.Time.GetUtcNow();
        for (var i = 0; i < 5; i++)
        {
            await Stores.ModerationLog.RecordAsync(new ModerationEntry(at.AddSeconds(i), ChatPlatform.Slack, $"U{i}", "factcard edit", $"card-{i}", i == 4 ? "refused: not a moderator" : "saved"));
        }

        var listed = await Stores.ModerationLog.ListAsync(3);

        Assert.Equal(["card-4", "card-3", "card-2"], listed.Select(e => e.Target));
        Assert.Equal(new ModerationEntry(at.AddSeconds(4), ChatPlatform.Slack, "U4", "factcard edit", "card-4", "refused: not a moderator"), listed[0]);
    }

    [Fact]
    public async Task Feedback_OneVotePerUserPerAnswer_TheSecondReplacesTheFirst()
    {
        var at = Provider.Time.GetUtcNow();
        await Stores.Feedback.RecordAsync(new Feedback("answer1", "Q?", "A.", ChatPlatform.Slack, "U1", 1, at));
        await Stores.Feedback.RecordAsync(new Feedback("answer1", "Q?", "A.", ChatPlatform.Discord, "U1", 1, at));
        await Stores.Feedback.RecordAsync(new Feedback("answer2", "Q2?", "A2.", ChatPlatform.Slack, "U1", 1, at));
        var changed = new Feedback("answer1", "Q?", "A.", ChatPlatform.Slack, "U1", -1, at.AddMinutes(1), "wrong", "The date is off.");
        await Stores.Feedback.RecordAsync(changed);

        var votes = await Stores.Feedback.ListAsync("answer1");

        Assert.Equal(2, votes.Count);
        Assert.Contains(changed, votes);
        Assert.Empty(await Stores.Feedback.ListAsync("answer3"));
    }

    [Fact]
    public async Task WithoutItsDatabase_WritesThrowStorageUnavailable_ListsAreEmpty()
    {
        var broken = Provider.OpenUnavailable();
        var at = Provider.Time.GetUtcNow();

        var log = await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.ModerationLog.RecordAsync(new ModerationEntry(at, ChatPlatform.Slack, "U1", "factcard create", "s", "saved")));
        var vote = await Assert.ThrowsAsync<StorageUnavailableException>(async () => await broken.Feedback.RecordAsync(new Feedback("a", "q", "a", ChatPlatform.Slack, "U1", 1, at)));

        Assert.StartsWith("the moderation log entry could not be stored", log.Message, StringComparison.Ordinal);
        Assert.StartsWith("the vote could not be stored", vote.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', log.Message);
        Assert.Empty(await broken.ModerationLog.ListAsync(10));
        Assert.Empty(await broken.Feedback.ListAsync("a"));
    }
}
