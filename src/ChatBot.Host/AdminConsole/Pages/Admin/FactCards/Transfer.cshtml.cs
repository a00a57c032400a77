using System.Text;
using ChatBot.Core.Admin;
using ChatBot.Core.FactCards;
using ChatBot.Core.Moderation;
using ChatBot.Host.Cli;
using ChatBot.Host.Cli.FactCards;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatBot.Host.AdminConsole.Pages.Admin.FactCards;

/// <summary>
/// Export and import of fact cards while the bot runs: the export is the JSON `chatbot factcards export` writes, and an
/// import reads such a file (or YAML) with the command line's reader and applies it through the running store with
/// <see cref="FactCardImporter"/>: the same checks, all or nothing. Both are in the moderation log under the
/// moderator's platform id (the importer also logs each saved card).
/// </summary>
public sealed class FactCardTransferModel(IFactCardStore store, FactCardImporter importer, ModerationAudit audit, TimeProvider time) : PageModel
{
    public const string ExportAction = "console factcard export";
    public const string ImportAction = "console factcard import";
    private const long MaxUpload = 4 * 1024 * 1024;

    public string? Problem { get; private set; }

    public FactCardImportCounts? Counts { get; private set; }

    public IReadOnlyList<FactCardImportLine> Lines { get; private set; } = [];

    public string? Failure { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnGetExportAsync(CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        var cards = (await store.ListAsync(cancellationToken)).Where(c => !c.IsDeleted).ToList();
        var name = $"factcards-{time.GetUtcNow():yyyyMMdd-HHmm}.json";
        var text = FactCardFiles.Render(name, cards);
        await audit.RecordAsync(user.Platform, user.ChatUser, ExportAction, $"{cards.Count} card{(cards.Count == 1 ? "" : "s")}", "downloaded", cancellationToken);
        return File(new UTF8Encoding(false).GetBytes(text), "application/json", name);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (ConsoleUser.Of(User) is not { } user)
        {
            return Forbid();
        }

        var name = Path.GetFileName(file?.FileName ?? "");
        if (await ReadAsync(file, cancellationToken) is not { } items)
        {
            await audit.RecordAsync(user.Platform, user.ChatUser, ImportAction, name.Length == 0 ? "no file" : Shorten(name), "refused: " + Problem, cancellationToken);
            return Page();
        }

        var before = (await store.ListAsync(cancellationToken)).Where(c => !c.IsDeleted).Select(c => c.Slug).ToHashSet(StringComparer.Ordinal);
        var report = await importer.ImportAsync(items, user.Actor, cancellationToken);
        Counts = FactCardImportCounts.Of(report, items, before);
        Lines = report.Lines;
        Failure = report.Applied ? null : report.Failure ?? "one card or more was refused, and an import is all or nothing";
        await audit.RecordAsync(user.Platform, user.ChatUser, ImportAction, Shorten(name), report.Applied ? Counts.ToString() : $"nothing imported: {Failure}", cancellationToken);
        return Page();
    }

    /// <summary>The file's cards, or null with <see cref="Problem"/> set to the one-line reason.</summary>
    private async Task<IReadOnlyList<FactCardImportItem>?> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            Problem = "Choose a fact-card file (.json, .yaml or .yml) to import.";
            return null;
        }

        if (file.Length > MaxUpload)
        {
            Problem = $"The file is {file.Length:N0} bytes; the limit is {MaxUpload:N0}.";
            return null;
        }

        using var reader = new StreamReader(file.OpenReadStream(), Encoding.UTF8);
        var text = await reader.ReadToEndAsync(cancellationToken);
        try
        {
            return FactCardFiles.Items(FactCardFiles.Parse(text, Path.GetFileName(file.FileName)));
        }
        catch (UsageException e)
        {
            Problem = "Nothing imported: " + e.Message.ReplaceLineEndings(" ");
            return null;
        }
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..119] + "…";
}
