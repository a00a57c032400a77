using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Indexing;
using ChatBot.Discord.Rendering;
using ChatBot.Evaluation;
using ChatBot.Slack.Rendering;
using ChatBot.UnitTests.Slack;

namespace ChatBot.UnitTests.Commands;

/// <summary>/sources shows each article's id — what the fact-card form asks for — on both platforms; answers do not.</summary>
public sealed class SourcesIdsTests
{
    [Fact]
    public async Task Sources_ShowEveryArticleId_OnDiscordAndSlack()
    {
        var reply = await new SourcesCommandHandler(new CorpusIndexHolder(TestCorpus.Index)).HandleAsync(
            new CommandRequest(ChatPlatform.Discord, new ChatUser("u1"), "c1", "sources", new Dictionary<string, string>()), CancellationToken.None);

        var discord = Assert.Single(ReplyRenderer.Render(reply).Embeds).Fields!;
        var slack = BlockKitAssertions.ToJson(BlockKitRenderer.Render(reply)).ToJsonString();
        foreach (var article in TestCorpus.Index.Articles)
        {
            Assert.Contains(discord, f => f.Value.Contains($"id `{article.Id}`", StringComparison.Ordinal));
            Assert.Contains($"id {article.Id}", slack, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void AnswerSources_DoNotShowIds()
    {
        var source = new ReplySource(1, "Title", "Author", "2023-05-03", null, "q", "article-7", "article-7#p1");
        var answer = new Reply { Kind = ReplyKind.Answer, Body = "Text [1]", Sources = [source] };

        Assert.DoesNotContain("article-7", Assert.Single(ReplyRenderer.Render(answer).Embeds).Fields![0].Value, StringComparison.Ordinal);
        Assert.DoesNotContain("article-7", BlockKitAssertions.ToJson(BlockKitRenderer.Render(answer)).ToJsonString(), StringComparison.Ordinal);
    }
}
