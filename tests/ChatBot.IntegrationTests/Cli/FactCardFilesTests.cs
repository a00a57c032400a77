using ChatBot.Host.Cli;
using ChatBot.Host.Cli.FactCards;

namespace ChatBot.IntegrationTests.Cli;

public sealed class FactCardFilesTests
{
    [Fact]
    public void Parse_ReadsTheTextItRenders()
    {
        var file = FactCardFiles.Parse("{\"cards\":[{\"slug\":\"a-card\",\"title\":\"A card\",\"status\":\"verified\",\"facts\":[{\"article\":\"x\",\"quote\":\"Q.\"}]}]}", "upload.json");

        var item = Assert.Single(FactCardFiles.Items(file));
        Assert.Equal(("a-card", "A card", "Q."), (item.Slug, item.Content.Title, item.Content.Facts[0].Quote));
    }

    [Theory]
    [InlineData("{ \"cards\": [", "upload.json", "upload.json: not valid JSON at line 1")]
    [InlineData("cards: [unclosed", "upload.yaml", "upload.yaml: not valid YAML at line")]
    [InlineData("{}", "upload.txt", "upload.txt: use a .yaml, .yml or .json file name")]
    public void Parse_RefusesABadFile_InOneLine(string text, string name, string expected)
    {
        var e = Assert.Throws<UsageException>(() => FactCardFiles.Parse(text, name));

        Assert.StartsWith(expected, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }
}
