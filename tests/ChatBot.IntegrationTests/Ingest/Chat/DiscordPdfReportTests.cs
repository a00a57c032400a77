using ChatBot.Core.Moderation;
using ChatBot.IntegrationTests.Discord;
using ChatBot.IntegrationTests.Discord.Support;
using ChatBot.UnitTests.Ingest.Support;
using Microsoft.Extensions.DependencyInjection;
using static ChatBot.IntegrationTests.Discord.StudyPayloads;

namespace ChatBot.IntegrationTests.Ingest.Chat;

/// <summary>
/// A PDF report added from Discord through the real host: /corpus add with the PDF's address on a loopback
/// government-style site, the private preview with the title, author and date the PDF gives, Approve writing the file
/// and re-indexing, then /ask answered from the report's text with a citation to it.
/// </summary>
public sealed class DiscordPdfReportTests : IAsyncLifetime
{
    private const string ModeratorId = "610000000000000002";
    private const string MemberId = "620000000000000002";
    private const string PdfPath = "/policy/abduction/reports/awareness-review-2031.pdf";
    private const string ArticleId = "2031-02-20-review-of-awareness-activities-2031";

    private DiscordIngestHost ingest = null!;

    private IngestChatSite Site => ingest.Site;

    private DiscordHost Host => ingest.Host;

    private HttpClient Client => ingest.Client;

    public async Task InitializeAsync() => ingest = await DiscordIngestHost.StartAsync(pages => pages.Server.Serve(PdfPath, "application/pdf", ReportPdf.Build("D:20310220090000+09'00'")));

    public async Task DisposeAsync() => await ingest.DisposeAsync();

    [Fact]
    public async Task Moderator_ApprovesAPdfReport_ThenAskIsAnsweredFromItsTextWithACitation()
    {
        var preview = await Host.SeeAsync(Client, Payloads.Command("corpus", Payloads.Subcommand("add", Payloads.Option("url", 3, Site.Server.BaseUrl + PdfPath))).By(ModeratorId, ManageMessages));

        Assert.True(preview.Ephemeral);
        var text = TextOf(preview.Message);
        Assert.Contains(ReportPdf.Title, text, StringComparison.Ordinal);
        Assert.Contains(ReportPdf.Author, text, StringComparison.Ordinal);
        Assert.Contains("2031-02-20", text, StringComparison.Ordinal);
        Assert.Contains($"articles/{ArticleId}.md", text, StringComparison.Ordinal);
        Assert.DoesNotContain(ReportPdf.RunningHeader, text, StringComparison.Ordinal);
        var buttons = ButtonIds(preview.Message);
        Assert.Equal(["approve", "edit", "reject"], buttons.Select(b => b.Split(':')[1]));

        var approved = await Host.SeeAsync(Client, Payloads.Button(buttons[0]).By(ModeratorId, ManageMessages));

        Assert.Equal($"Now answering from: {ReportPdf.Title} (articles/{ArticleId}.md)", TextOf(approved.Message));
        var written = await File.ReadAllTextAsync(Path.Combine(Site.ArticlesFolder, ArticleId + ".md"));
        Assert.Contains($"source_url: \"{Site.Server.BaseUrl}{PdfPath}\"", written, StringComparison.Ordinal);
        Assert.Contains(ReportPdf.Paragraphs[1], written, StringComparison.Ordinal);
        Assert.DoesNotContain("Page 2 of 3", written, StringComparison.Ordinal);

        var answer = await Host.SeeAsync(Client, Payloads.Command("ask", Payloads.Option("question", 3, "How many students did the volunteers speak with about the abductions?")).By(MemberId, Member));

        var answerText = TextOf(answer.Message);
        Assert.Contains("about 6,800 students", answerText, StringComparison.Ordinal);
        Assert.Contains(ReportPdf.Title, answerText, StringComparison.Ordinal);
        Assert.Contains(ReportPdf.Author, answerText, StringComparison.Ordinal);
        Assert.Contains("2031-02-20", answerText, StringComparison.Ordinal);
        var log = await Host.Factory.Services.GetRequiredService<IModerationLog>().ListAsync(10);
        Assert.Equal([("corpus approve", $"written as {ArticleId}"), ("corpus add", $"queued as {buttons[0].Split(':')[2]}")], log.Select(e => (e.Action, e.Outcome)));
    }
}
