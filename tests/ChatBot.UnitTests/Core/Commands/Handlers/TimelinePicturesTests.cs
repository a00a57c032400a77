using ChatBot.Core.Commands;
using ChatBot.Core.Commands.Handlers;
using ChatBot.Core.Corpus;
using ChatBot.Core.Delivery;
using ChatBot.Core.Indexing;
using ChatBot.Core.Timeline;
using ChatBot.Core.Timeline.Pictures;
using ChatBot.Evaluation;
using ChatBot.Pictures;
using ChatBot.UnitTests.Pictures;

using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Commands.Handlers;

public sealed class TimelinePicturesTests
{
    private static readonly ChatUser User = new("200", "Bob");

    [Fact]
    public async Task Timeline_WithPicture_AttachesAPngOfEveryEvent_AndKeepsTheTextTimeline()
    {
        var handler = new TimelineCommandHandler(new CorpusIndexHolder(TestCorpus.Index), new TimelinePictures(new SkiaTimelinePicture()));

        var plain = await handler.HandleAsync(Request(), CancellationToken.None);
        var pictured = await handler.HandleAsync(Request(picture: "true"), CancellationToken.None);

        var attachment = Assert.Single(pictured.Attachments);
        Assert.Empty(plain.Attachments);
        Assert.Equal(plain.Timeline, pictured.Timeline);
        Assert.Equal(plain.Body, pictured.Body);
        Assert.Equal(("timeline.png", "image/png"), (attachment.FileName, attachment.ContentType));
        Assert.Contains($"{TestCorpus.Index.Timeline.Count} dated events", attachment.Description, StringComparison.Ordinal);
        using var bitmap = Charts.Decode(attachment.Content);
        Assert.Equal(1200, bitmap.Width);
    }

    [Fact]
    public async Task Timeline_WithPicture_ButNothingMatches_AttachesNothing()
    {
        var handler = new TimelineCommandHandler(new CorpusIndexHolder(TestCorpus.Index), new TimelinePictures(new SkiaTimelinePicture()));

        var reply = await handler.HandleAsync(Request(picture: "true", from: "1800", to: "1801"), CancellationToken.None);

        Assert.Empty(reply.Attachments);
        Assert.Empty(reply.Timeline);
    }

    [Fact]
    public void Chart_MoreEventsThanFit_DrawsTheFirstForty_AndCountsTheRest()
    {
        var events = Enumerable.Range(0, 52).Select(i => Event(1960 + i, i % 2 == 0 ? "000_5816683cddb79770" : "003_e59f7d15b6fc0d16")).ToList();

        var chart = TimelinePictures.Chart("Timeline", TestCorpus.Index, events);

        Assert.Equal(TimelinePictures.MaxEvents, chart.Events.Count);
        Assert.Equal(12, chart.Omitted);
        Assert.Equal(1960, chart.Events[0].Date.Start.Year);
        Assert.Equal([1, 2], chart.Sources.Select(s => s.N));
        Assert.Equal(TestCorpus.Index.Article("000_5816683cddb79770").Title, chart.Sources[0].Title);
        Assert.All(chart.Events, e => Assert.Equal(e.Date.Start.Year % 2 == 0 ? 1 : 2, e.Citation));
        Assert.Contains("12 later events are not drawn", TimelinePictures.Describe(chart), StringComparison.Ordinal);
    }

    [Fact]
    public void Attach_WithoutAPictureService_SaysSo_AndKeepsTheReply()
    {
        var reply = new TimelinePictures().Attach(Page(), TestCorpus.Index, TestCorpus.Index.Timeline);

        Assert.Empty(reply.Attachments);
        Assert.EndsWith(TimelinePictures.Unavailable, reply.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(TimelinePictures.MaxBytes + 1)]
    [InlineData(-1)]
    public void Attach_APictureThatFailsOrIsTooLarge_IsLeftOutWithANote(int size)
    {
        var reply = new TimelinePictures(new FixedPicture(size)).Attach(Page(), TestCorpus.Index, TestCorpus.Index.Timeline);

        Assert.Empty(reply.Attachments);
        Assert.EndsWith(TimelinePictures.Failed, reply.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Runner_ExpectsASlowReply_OnlyWhenAPictureIsAsked()
    {
        using var runner = new ReplyRunner(new FakeTimeProvider());

        Assert.True(runner.ExpectsSlowReply(Request(picture: "true")));
        Assert.False(runner.ExpectsSlowReply(Request(picture: "false")));
        Assert.False(runner.ExpectsSlowReply(Request()));
        Assert.False(runner.ExpectsSlowReply(Request(picture: "true") with { Command = "ask" }));
    }

    private static Reply Page() => TimelineReplies.Page(TestCorpus.Index, TestCorpus.Index.Timeline, new TimelineFilter(null, null, null), 1);

    private static CommandRequest Request(string? picture = null, string? from = null, string? to = null)
    {
        var options = new Dictionary<string, string>();
        foreach (var (key, value) in new[] { ("picture", picture), ("from", from), ("to", to) })
        {
            if (value is not null)
            {
                options[key] = value;
            }
        }

        return new CommandRequest(ChatPlatform.Discord, User, "C1", "timeline", options);
    }

    private static TimelineEvent Event(int year, string articleId)
    {
        var passage = TestCorpus.Index.Passages.First(p => p.ArticleId == articleId);
        return new TimelineEvent(new EventDate(new PartialDate(year)), $"Something happened in {year}.", [new TimelineSource(articleId, passage.Id, 0, 10, "Something.")], [], year);
    }

    /// <summary>A picture of a given size; a negative size throws as a broken native library would.</summary>
    private sealed class FixedPicture(int size) : ITimelinePicture
    {
        public string ContentType => "image/png";

        public string Extension => "png";

        public byte[] Draw(TimelineChart chart, CancellationToken cancellationToken = default) =>
            size < 0 ? throw new DllNotFoundException("libSkiaSharp") : new byte[size];
    }
}
