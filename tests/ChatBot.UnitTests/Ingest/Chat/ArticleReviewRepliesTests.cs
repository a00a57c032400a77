using ChatBot.Core.Commands;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;

namespace ChatBot.UnitTests.Ingest.Chat;

public sealed class ArticleReviewRepliesTests
{
    private static readonly PendingArticle Pending = new()
    {
        Id = "0123456789ab",
        Source = "https://news.example/a?utm=x",
        Preview = new PendingArticlePreview("Families open a reading room", "Kenji Watanabe", null, "2031-03-11", "https://news.example/a", 1234, "The room opened on Monday. It holds 4,000 documents.", ["no publisher found"], "2031-03-11-families-open-a-reading-room"),
        ArticleJson = "{}",
        RequestedOn = ChatPlatform.Discord,
        RequestedBy = "1",
        RequestedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Preview_ShowsTheMetadataOpeningAndWarnings_WithTheThreeButtons()
    {
        var reply = ArticleReviewReplies.Preview(Pending, ReplyVisibility.Ephemeral);

        Assert.Equal(("Families open a reading room", "The room opened on Monday. It holds 4,000 documents."), (reply.Title, reply.Body));
        var fields = reply.Fields.ToDictionary(f => f.Name, f => f.Value);
        Assert.Equal(("Kenji Watanabe", "—", "2031-03-11", "https://news.example/a", "1,234"), (fields["Author"], fields["Publisher"], fields["Published"], fields["Address"], fields["Words"]));
        Assert.Equal("articles/2031-03-11-families-open-a-reading-room.md", fields["File"]);
        Assert.Equal("• no publisher found", fields["Check"]);
        Assert.Equal(["corpus:approve:0123456789ab", "corpus:edit:0123456789ab", "corpus:reject:0123456789ab"], reply.ButtonRows.Single().Select(b => b.ActionId));
        Assert.Equal(ReplyVisibility.Ephemeral, reply.Visibility);
    }

    [Fact]
    public void EditForm_IsPrefilled_AndFitsAModal()
    {
        var form = ArticleReviewReplies.EditForm(Pending);

        Assert.Equal("corpus:save:0123456789ab", form.Id);
        Assert.Equal(["title", "author", "published", "publisher"], form.Fields.Select(f => f.Id));
        Assert.Equal(["Families open a reading room", "Kenji Watanabe", "2031-03-11", null], form.Fields.Select(f => f.Value));
        Assert.All(form.Fields, f => Assert.InRange(f.Label.Length, 1, 45));
        Assert.Equal([true, false, false, false], form.Fields.Select(f => f.Required));
    }

    [Fact]
    public void FeedItemPreview_NamesTheFeed()
    {
        var reply = ArticleReviewReplies.Preview(Pending with { FeedUrl = "https://news.example/rss.xml" }, ReplyVisibility.Public);

        Assert.Equal("New in the feed https://news.example/rss.xml. Add it to the corpus?", reply.Footer);
        Assert.Equal(ReplyVisibility.Public, reply.Visibility);
    }
}
