using ChatBot.Core.Commands;
using ChatBot.Core.Quiz;
using ChatBot.UnitTests.Study;

namespace ChatBot.UnitTests.Quiz;

public sealed class QuizCommandTests : IDisposable
{
    private readonly StudyHarness harness = new(seed: 11);

    [Fact]
    public async Task Start_PostsAQuestionForTheChannel_WithItsChoicesAsButtons()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "start");

        Assert.Equal(ReplyKind.Quiz, reply.Kind);
        Assert.Equal(ReplyVisibility.Public, reply.Visibility);
        Assert.Contains("_____", reply.Body, StringComparison.Ordinal);
        Assert.InRange(reply.ButtonRows[0].Count, 3, 4);
        Assert.All(reply.ButtonRows.SelectMany(r => r), b => Assert.InRange(b.ActionId.Length, 1, ReplyButton.MaxActionIdLength));
        Assert.Empty(reply.Sources);
    }

    [Fact]
    public async Task Answer_RevealsTheRightAnswerWithItsQuote_AndASecondPressChangesNothing()
    {
        var (question, quiz) = await StartAsync();
        var wrong = (question.Draft.Correct + 1) % question.Draft.Choices.Count;

        var first = await harness.PressAsync(StudyHarness.DiscordMember, quiz.ButtonRows[0][wrong].ActionId);
        var second = await harness.PressAsync(StudyHarness.DiscordMember, quiz.ButtonRows[0][question.Draft.Correct].ActionId);
        var board = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "score");

        Assert.Equal("❌ Not quite", first.Title);
        Assert.Contains($"The answer is {"ABCD"[question.Draft.Correct]}. {question.Draft.Choices[question.Draft.Correct]} [1]", first.Body, StringComparison.Ordinal);
        Assert.Equal(question.Draft.Quote, Assert.Single(first.Sources).Quote);
        Assert.Equal(ReplyVisibility.Ephemeral, first.Visibility);
        Assert.Contains("You already answered", second.Body, StringComparison.Ordinal);
        Assert.Equal("1. Bob — 0 correct of 1", board.PlainBody);
    }

    [Fact]
    public async Task Answer_AfterTheQuizClosed_IsNotCounted_ButShowsTheAnswer()
    {
        var (question, quiz) = await StartAsync();
        harness.Time.Advance(TimeSpan.FromMinutes(11));

        var late = await harness.PressAsync(StudyHarness.DiscordMember, quiz.ButtonRows[0][question.Draft.Correct].ActionId);
        var board = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "score");

        Assert.Equal("This quiz has closed", late.Title);
        Assert.Contains("doesn't count", late.Body, StringComparison.Ordinal);
        Assert.Equal(question.Draft.Quote, late.Sources[0].Quote);
        Assert.Contains("Nobody has answered", board.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_WhileTheDatabaseIsUnavailable_SaysSo_NotThatTheQuizIsGone()
    {
        var (question, quiz) = await StartAsync();
        harness.Database.ReportFailure(new LiteDB.LiteException(LiteDB.LiteException.INVALID_DATAFILE_STATE, "page type must be data page"));

        var pressed = await harness.PressAsync(StudyHarness.DiscordMember, quiz.ButtonRows[0][question.Draft.Correct].ActionId);

        Assert.Equal(ReplyKind.Error, pressed.Kind);
        Assert.Contains("storage is unavailable", pressed.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("no longer available", pressed.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reveal_WaitsUntilTheQuizCloses()
    {
        var (_, quiz) = await StartAsync();
        var reveal = quiz.ButtonRows[1][0].ActionId;

        var early = await harness.PressAsync(StudyHarness.DiscordMember, reveal);
        harness.Time.Advance(TimeSpan.FromMinutes(10));
        var after = await harness.PressAsync(StudyHarness.DiscordMember, reveal);

        Assert.Empty(early.Sources);
        Assert.Contains("Answers are open until", early.Body, StringComparison.Ordinal);
        Assert.Single(after.Sources);
    }

    [Theory]
    [InlineData("quiz:a:000000000000:0")]
    [InlineData("quiz:r:nope")]
    [InlineData("quiz")]
    public async Task UnknownOrMalformedQuizButtons_GetAClearMessage(string actionId) =>
        Assert.Contains("no longer available", (await harness.PressAsync(StudyHarness.DiscordMember, actionId)).Body, StringComparison.Ordinal);

    [Fact]
    public async Task Leaderboard_CountsEachPersonsFirstAnswerOnce_UnderConcurrentPresses()
    {
        var (question, quiz) = await StartAsync();
        var users = Enumerable.Range(0, 12).Select(i => new ChatUser($"u{i}", $"Student {i:D2}")).ToList();
        var right = quiz.ButtonRows[0][question.Draft.Correct].ActionId;
        var wrong = quiz.ButtonRows[0][(question.Draft.Correct + 1) % question.Draft.Choices.Count].ActionId;

        var presses = users.SelectMany((u, i) => new[] { (u, i % 3 == 0 ? wrong : right), (u, right), (u, wrong) })
            .Select(p => Task.Run(() => harness.PressAsync(p.u, p.Item2)));
        var replies = await Task.WhenAll(presses);
        var board = await harness.Quizzes.LeaderboardAsync(ChatPlatform.Discord, "W1", "C1", 25);

        Assert.Equal(12, replies.Count(r => r.Title is "✅ Right!" or "❌ Not quite"));
        Assert.Equal(24, replies.Count(r => r.Title == "You already answered"));
        Assert.Equal(12, board.Count);
        Assert.All(board, s => Assert.Equal(1, s.Answered));
        Assert.Equal(board.Count(s => s.Correct == 1), replies.Count(r => r.Title == "✅ Right!"));
    }

    [Fact]
    public async Task Leaderboard_IsPerChannel_MostCorrectFirst()
    {
        for (var round = 0; round < 2; round++)
        {
            var (question, quiz) = await StartAsync();
            await harness.PressAsync(new ChatUser("ann", "Ann"), quiz.ButtonRows[0][question.Draft.Correct].ActionId);
            await harness.PressAsync(new ChatUser("ben", "Ben"), quiz.ButtonRows[0][round == 0 ? question.Draft.Correct : (question.Draft.Correct + 1) % question.Draft.Choices.Count].ActionId);
        }

        var here = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "score");
        var elsewhere = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "score", channel: "C2");

        Assert.Equal("1. Ann — 2 correct of 2\n2. Ben — 1 correct of 2", here.PlainBody);
        Assert.Contains("Nobody has answered", elsewhere.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_OnATopicTheCorpusLacks_SaysSo()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "start", new() { ["topic"] = "Megumi Yokota" });

        Assert.Equal(ReplyKind.NotFound, reply.Kind);
        Assert.Contains("never mention", reply.Body, StringComparison.Ordinal);
    }

    private async Task<(QuizQuestion Question, Reply Reply)> StartAsync()
    {
        var reply = await harness.CommandAsync(StudyHarness.DiscordMember, "quiz", "start");
        var id = reply.ButtonRows[0][0].ActionId.Split(':')[2];
        return ((await harness.Quizzes.GetAsync(id))!, reply);
    }

    public void Dispose() => harness.Dispose();
}
