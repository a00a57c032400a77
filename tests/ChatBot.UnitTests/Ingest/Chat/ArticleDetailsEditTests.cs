using ChatBot.Core.Commands;
using ChatBot.Core.Corpus;
using ChatBot.Core.PendingArticles;
using ChatBot.Ingest.Chat;
using ChatBot.Ingest.Extraction;

namespace ChatBot.UnitTests.Ingest.Chat;

public sealed class ArticleDetailsEditTests
{
    private static readonly ExtractedArticle Article = new()
    {
        Title = "Families open a reading room",
        Author = null,
        Publisher = "Niigata Daily",
        Published = new PartialDate(2031, 3, 11),
        Source = "https://news.example/a",
        Blocks = [new BodyBlock(BodyBlockKind.Paragraph, "The room opened on Monday. It holds 4,000 documents.")],
    };

    private static readonly PendingArticle Pending = new()
    {
        Id = "abc123abc123",
        Source = "https://news.example/a",
        Preview = new PendingArticlePreview(Article.Title, null, "Niigata Daily", "2031-03-11", null, 9, "The room opened on Monday.", ["no author found", "only 9 words: check that the whole article was found"], "2031-03-11-families-open-a-reading-room"),
        ArticleJson = StoredArticle.Write(Article),
        RequestedOn = ChatPlatform.Slack,
        RequestedBy = "U1",
        RequestedAt = DateTimeOffset.UnixEpoch,
    };

    [Fact]
    public void Edit_ChangesTheStoredArticleAndThePreview_AndTheFileNameFollowsTheTitle()
    {
        var (edited, problem) = ArticleDetailsEdit.Apply(Pending, Values("Reading room opens in Niigata", " Kenji Watanabe ", "2031-03", ""), _ => false);

        Assert.Null(problem);
        var article = StoredArticle.Read(edited!.ArticleJson);
        Assert.Equal(("Reading room opens in Niigata", "Kenji Watanabe", null, new PartialDate(2031, 3)), (article.Title, article.Author, article.Publisher, article.Published));
        Assert.Equal(Article.Blocks, article.Blocks);
        Assert.Equal(("Reading room opens in Niigata", "Kenji Watanabe", "2031-03", "2031-03-reading-room-opens-in-niigata"), (edited.Preview.Title, edited.Preview.Author, edited.Preview.Published, edited.Preview.ProposedId));
        Assert.Equal(["only 9 words: check that the whole article was found", "no publisher found"], edited.Preview.Warnings);
    }

    [Fact]
    public void Edit_KeepsTheFileName_WhenTitleAndDateAreUnchanged()
    {
        var (edited, _) = ArticleDetailsEdit.Apply(Pending, Values(Article.Title, "K. Watanabe", "2031-03-11", "Niigata Daily"), _ => true);

        Assert.Equal(Pending.Preview.ProposedId, edited!.Preview.ProposedId);
    }

    [Fact]
    public void Edit_AvoidsAFileNameAlreadyTaken()
    {
        var (edited, _) = ArticleDetailsEdit.Apply(Pending, Values("Reading room opens", null, "2031-03-11", null), id => id == "2031-03-11-reading-room-opens");

        Assert.NotEqual("2031-03-11-reading-room-opens", edited!.Preview.ProposedId);
        Assert.StartsWith("2031-03-11-reading-room-opens", edited.Preview.ProposedId, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "2031", "the title cannot be empty")]
    [InlineData("A title", "11 March 2031", "\"11 March 2031\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    [InlineData("A title", "2031-02-30", "\"2031-02-30\" is not a date: write YYYY, YYYY-MM or YYYY-MM-DD")]
    public void Edit_WithABadTitleOrDate_IsRefusedWithTheReason(string title, string date, string reason)
    {
        var (edited, problem) = ArticleDetailsEdit.Apply(Pending, Values(title, null, date, null), _ => false);

        Assert.Null(edited);
        Assert.Equal(reason, problem);
    }

    private static Dictionary<string, string> Values(string title, string? author, string? date, string? publisher)
    {
        var values = new Dictionary<string, string> { [ArticleReviewReplies.TitleField] = title };
        Add(values, ArticleReviewReplies.AuthorField, author);
        Add(values, ArticleReviewReplies.DateField, date);
        Add(values, ArticleReviewReplies.PublisherField, publisher);
        return values;
    }

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (value is not null)
        {
            values[key] = value;
        }
    }
}
