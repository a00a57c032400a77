using System.Text.Json.Nodes;

using ChatBot.IntegrationTests.Discord.Support;

namespace ChatBot.IntegrationTests.Discord;

/// <summary>
/// Fact-card and quiz interactions as Discord sends them, from members with the permission bits and roles a guild
/// gives them, plus sentences copied verbatim from the bundled corpus.
/// </summary>
internal static class StudyPayloads
{
    /// <summary>VIEW_CHANNEL, SEND_MESSAGES, EMBED_LINKS, ADD_REACTIONS, READ_MESSAGE_HISTORY: an ordinary member.</summary>
    public const string Member = "85056";

    /// <summary>An ordinary member plus MANAGE_MESSAGES (1 &lt;&lt; 13).</summary>
    public const string ManageMessages = "93248";

    /// <summary>ADMINISTRATOR (1 &lt;&lt; 3) alone.</summary>
    public const string Administrator = "8";

    public const string ModeratorRole = "900000000000000777";
    public const string OtherRole = "900000000000000778";

    public const string ReturnArticle = "000_5816683cddb79770";
    public const string ReturnQuote = "On October 15, 2002, North Korea allowed the five abductees to return home to Japan, where they were reunited with family members who they had not seen for decades.";
    public const string ChoiArticle = "003_e59f7d15b6fc0d16";
    public const string ChoiQuote = "Choi Sung-Yong, the head of a group supporting the families of the abductees, said he obtained the information from a source in Pyongyang late last year.";

    public static JsonObject FactCard(string subcommand, string? slug = null) =>
        Payloads.Command("factcard", slug is null ? Payloads.Subcommand(subcommand) : Payloads.Subcommand(subcommand, Payloads.Option("slug", 3, slug)));

    /// <summary>The interaction as sent by another guild member: their id, name, channel permissions and roles.</summary>
    public static JsonObject By(this JsonObject interaction, string userId, string permissions, params string[] roles)
    {
        var member = Payloads.Member(permissions, roles);
        member["user"] = new JsonObject { ["id"] = userId, ["username"] = $"user{userId[^3..]}", ["global_name"] = $"Member {userId[^3..]}" };
        interaction["member"] = member;
        return interaction;
    }

    /// <summary>A create form filled in with two facts whose quotes are in the corpus, or with the given facts text.</summary>
    public static Dictionary<string, string> NewCard(string slug, string? facts = null) => new()
    {
        ["slug"] = slug,
        ["title"] = "The five return home",
        ["summary"] = "Five abductees came back to Japan in October 2002.",
        ["facts"] = facts ?? $"Five abductees returned to Japan on 15 October 2002.\nsource: {ReturnArticle}\nquote: {ReturnQuote}\n\nChoi Sung-Yong heard of the order from a source in Pyongyang.\nquote: {ChoiQuote}",
        ["details"] = "status: verified\ntags: return, 2002",
    };

    /// <summary>What a modal (response type 9) would send back untouched: each text input's custom_id and value.</summary>
    public static Dictionary<string, string> ValuesOf(JsonObject modal) =>
        modal["components"]!.AsArray()
            .SelectMany(row => row!["components"]!.AsArray())
            .ToDictionary(input => (string)input!["custom_id"]!, input => (string?)input!["value"] ?? "", StringComparer.Ordinal);

    /// <summary>The custom_ids of every button on a message, row by row.</summary>
    public static List<string> ButtonIds(JsonObject message) =>
        [.. (message["components"]?.AsArray() ?? []).SelectMany(row => row!["components"]!.AsArray()).Select(b => (string?)b!["custom_id"]).OfType<string>()];

    /// <summary>Everything a reader sees of a message: content, then the first embed's title, description, fields and footer.</summary>
    public static string TextOf(JsonObject message)
    {
        var parts = new List<string?> { (string?)message["content"] };
        if (message["embeds"] is JsonArray { Count: > 0 } embeds)
        {
            var embed = embeds[0]!;
            parts.Add((string?)embed["title"]);
            parts.Add((string?)embed["description"]);
            parts.AddRange((embed["fields"]?.AsArray() ?? []).SelectMany(f => new[] { (string?)f!["name"], (string?)f["value"] }));
            parts.Add((string?)embed["footer"]?["text"]);
        }

        return string.Join('\n', parts.OfType<string>());
    }
}
