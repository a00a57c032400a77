namespace ChatBot.IntegrationTests.Reliability.Hostile;

/// <summary>
/// A temporary corpus of one plain-text article whose metadata and sentences carry pings, broadcasts and markup, and
/// bidi and zero-width characters inside the very words that are quoted (the constants below are the clean words).
/// </summary>
internal sealed class HostileCorpus : IDisposable
{
    public const string PingingSentenceStart = "Witnesses on the Hamarikawa ferry in 1978 said";
    public const string PingingSentenceEnd = "near the rail.";
    public const string Question = "What happened on the Hamarikawa ferry in 1978?";

    /// <summary>Characters hidden in the article that must never reach a reply (U+200B is excluded: renderers insert it to break mentions).</summary>
    public static readonly char[] Invisible = ['\u202E', '\u202C', '\u200D', '\u2060', '\u2066', '\u200C'];

    private const string Article = """
        ---
        title: "Hamarikawa ferry <!channel> @everyone <@&456> **notice**"
        author: "<@123> __Author__ <!subteam^S1|@mods>"
        publisher: "@here & <Publisher>"
        published: 1999-04-01
        url: "https://example.org/<!here>|click"
        ---

        The Hamarikawa ferry sailed in 1978 while <!channel> and <!here> were told nothing by the crew of the Hamarikawa ferry.

        Witnesses on the Hama‮rikawa ferry in 19‍78 said @every⁠one aboard saw <@123> and <@&456> hand notes to <!subteam^S1|@mods> near the rail⁦.

        A Hamarikawa ferry log from 1978 reads **bold** __under__ `code` ~~strike~~ ||spoiler|| > quote & <b>tag</b> [link](https://evil.example) <https://evil.example|click>.

        Crew on the Hamarikawa ferry wrote @here in the 1978 margin, then ‮reversed‬ text and a zero​width note, "quoted\" \\ back}".
        """;

    public HostileCorpus()
    {
        Directory = System.IO.Directory.CreateTempSubdirectory("chatbot-hostile-corpus-").FullName;
        File.WriteAllText(Path.Combine(Directory, "hamarikawa.txt"), Article);
    }

    public string Directory { get; }

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}
