using ChatBot.Evaluation;
using ChatBot.IntegrationTests.Cli;
using ChatBot.IntegrationTests.Study;
using ChatBot.UnitTests.Storage;

namespace ChatBot.IntegrationTests.Reliability.Corruption;

/// <summary>
/// `--db` naming something that is not a LiteDB database (an article, an export, a README) is refused by every verb
/// that would open it: one line on standard error, exit code 1, and not a byte changed or a file added beside it.
/// </summary>
[Collection(ConsoleCollection.Name)]
public sealed class ForeignDatabaseCliTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("chatbot-foreign-").FullName;

    public static TheoryData<string, string[]> Verbs => new()
    {
        { "article.md", ["ask", "When did North Korea admit the abductions?", "--corpus", EvaluationSet.CorpusDirectory] },
        { "export.json", ["factcards", "list", "--corpus", EvaluationSet.CorpusDirectory] },
        { "README.md", ["factcards", "export", "{folder}/cards.yaml"] },
        { "export.json", ["factcards", "import", "{folder}/import.yaml", "--corpus", EvaluationSet.CorpusDirectory] },
        { "article.md", ["factcards", "check", "--corpus", EvaluationSet.CorpusDirectory] },
        { "README.md", ["db", "backup", "{folder}/backup.db"] },
        { "export.json", ["db", "check"] },
        { "article.md", ["db", "rebuild"] },
        { "README.md", ["db", "restore", "{folder}/import.yaml"] },
    };

    [Theory]
    [MemberData(nameof(Verbs))]
    public async Task AVerb_RefusesAPathThatIsNotADatabase_Untouched(string name, string[] verb)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, name switch
        {
            "article.md" => "---\ntitle: An article\n---\n\nThe summit was held in Pyongyang on September 17, 2002.\n",
            "export.json" => "{\"cards\": [{\"slug\": \"pyongyang-summit-2002\", \"title\": \"The 2002 Pyongyang summit\"}]}",
            _ => "# Abduction-issue chatbot\n\nA Discord and Slack bot that answers questions.\n",
        });
        await File.WriteAllTextAsync(Path.Combine(folder, "import.yaml"), "cards: []\n");
        var before = DatabaseDamage.Snapshot(folder);

        var (exit, output, withNotice) = await InProcessCli.RunAsync([.. verb.Select(a => a.Replace("{folder}", folder, StringComparison.Ordinal)), "--db", path]);
        var error = CliRunner.WithoutIndexNotice(withNotice);

        Assert.Equal(1, exit);
        Assert.Single(error.Trim().Split('\n'));
        Assert.Matches($"^error: ((not backed up: )?database {path} is not a database: it is not a LiteDB database \\(it looks like a text file, .* bytes, no LiteDB header\\)|{path} holds something that is not a LiteDB database|{folder}/import.yaml is not an intact database)", error.Trim());
        Assert.Equal("", output.Trim());
        Assert.Equal(before, DatabaseDamage.Snapshot(folder));
        Assert.False(File.Exists(path + ".lock"));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
