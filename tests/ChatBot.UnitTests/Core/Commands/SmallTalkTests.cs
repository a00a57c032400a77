using ChatBot.Core.Answers;
using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Conversations;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Core.Storage;
using ChatBot.Evaluation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands;

/// <summary>Greetings, thanks and requests for help get a friendly reply or the help card, never a decline with feedback buttons.</summary>
public sealed class SmallTalkTests
{
    [Theory]
    [InlineData("hi", SmallTalkKind.Greeting)]
    [InlineData("Hello there!", SmallTalkKind.Greeting)]
    [InlineData("<@123> hey 👋", SmallTalkKind.Greeting)]
    [InlineData("thanks!", SmallTalkKind.Thanks)]
    [InlineData("Thank you so much", SmallTalkKind.Thanks)]
    [InlineData("bye", SmallTalkKind.Farewell)]
    [InlineData("help", SmallTalkKind.Help)]
    [InlineData("What can you do?", SmallTalkKind.Help)]
    [InlineData("how do I use this bot?", SmallTalkKind.Help)]
    [InlineData("hi, when did North Korea admit the abductions?", SmallTalkKind.None)]
    [InlineData("help me understand the 2002 summit", SmallTalkKind.None)]
    [InlineData("thanks to whom did the five abductees return?", SmallTalkKind.None)]
    [InlineData("What is the abduction issue?", SmallTalkKind.None)]
    public void Recognize_WholeMessagesOfSmallTalk_Only(string message, SmallTalkKind expected) =>
        Assert.Equal(expected, SmallTalk.Recognize(message));

    [Theory]
    [InlineData("hi")]
    [InlineData("thanks!")]
    public async Task Ask_WithSmallTalk_IsAFriendlyLine_WithoutButtons_AndNeverReachesTheEngine(string message)
    {
        var (handler, archive) = Handler();

        var reply = await handler.HandleAsync(Ask(message), CancellationToken.None);

        Assert.Equal(ReplyKind.Info, reply.Kind);
        Assert.DoesNotContain("don't cover", reply.Body, StringComparison.Ordinal);
        Assert.Empty(reply.ButtonRows);
        Assert.Empty(reply.Sources);
        Assert.Equal(0, archive.Count);
    }

    [Fact]
    public async Task Ask_WhatCanYouDo_IsTheHelpCard()
    {
        var (handler, _) = Handler();

        var reply = await handler.HandleAsync(Ask("what can you do?"), CancellationToken.None);

        Assert.Equal(ReplyKind.Help, reply.Kind);
        Assert.Equal(HelpCommandHandler.Card(ChatPlatform.Discord).Body, reply.Body);
    }

    [Fact]
    public async Task Help_SpeaksThePlatformsSyntax_AndMentionsConversationsOnlyWhereTheyReachTheBot()
    {
        var slack = await new HelpCommandHandler().HandleAsync(Ask("") with { Platform = ChatPlatform.Slack, Command = "help" }, CancellationToken.None);
        var discord = await new HelpCommandHandler().HandleAsync(Ask("") with { Command = "help" }, CancellationToken.None);
        var discordWithGateway = await new HelpCommandHandler(new HelpSettings(DiscordConversations: true)).HandleAsync(Ask("") with { Command = "help" }, CancellationToken.None);

        Assert.Contains("/abduction", slack.Body, StringComparison.Ordinal);
        Assert.Contains("/ask <your question>", slack.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("question:<", slack.Body, StringComparison.Ordinal);
        Assert.Contains("mention me", slack.Body, StringComparison.Ordinal);
        Assert.Contains("/ask question:<your question>", discord.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("/abduction", discord.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("mention me", discord.Body, StringComparison.Ordinal);
        Assert.Contains("mention me", discordWithGateway.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_AQuestionThatStartsWithAGreeting_IsAnswered()
    {
        var (handler, _) = Handler();

        var reply = await handler.HandleAsync(Ask("hi, how many Japanese were abducted?"), CancellationToken.None);

        Assert.Equal(ReplyKind.Answer, reply.Kind);
        Assert.Contains("13 Japanese", reply.Body, StringComparison.Ordinal);
    }

    private static CommandRequest Ask(string question) =>
        new(ChatPlatform.Discord, new ChatUser("u1"), "c1", "ask", new Dictionary<string, string> { ["question"] = question });

    private static (AskCommandHandler Handler, CountingArchive Archive) Handler()
    {
        var holder = new CorpusIndexHolder(TestCorpus.Index);
        var engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance);
        var archive = new CountingArchive();
        var time = new FakeTimeProvider();
        var records = new AnswerRecords(NullAnswerCache.Instance, archive, new InMemoryConversationStore(time), new InMemoryQuestionHistory(time), new InMemorySharedReplyStore());
        return (new AskCommandHandler(new AnswerService(engine, holder, NullAnswerCache.Instance, time), records, holder, NullBotTelemetry.Instance), archive);
    }

    private sealed class CountingArchive : IAnswerArchive
    {
        private readonly InMemoryAnswerArchive inner = new();

        public int Count { get; private set; }

        public async ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default)
        {
            Count++;
            return await inner.SaveAsync(answer, cancellationToken);
        }

        public ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default) => inner.GetAsync(id, cancellationToken);
    }
}
