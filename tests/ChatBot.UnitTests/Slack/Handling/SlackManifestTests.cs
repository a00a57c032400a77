using System.Text.RegularExpressions;

using ChatBot.Evaluation;
using ChatBot.Slack.Handling;

namespace ChatBot.UnitTests.Slack;

/// <summary>Both app manifests declare what the adapter handles: the message shortcuts it knows, the Home tab and its event.</summary>
public sealed partial class SlackManifestTests
{
    [Theory]
    [InlineData("slack-app-manifest.yaml")]
    [InlineData("slack-app-manifest.socket.yaml")]
    public void Manifest_DeclaresTheShortcutTheAdapterKnows_AndTheHomeTab(string file)
    {
        var manifest = File.ReadAllText(EvaluationSet.RepositoryPath("docs", file));

        var callbackIds = CallbackId().Matches(manifest).Select(m => m.Groups[1].Value).ToList();
        Assert.Equal(["check_with_sources"], callbackIds);
        Assert.All(callbackIds, id => Assert.Equal("check", MessageShortcuts.CommandFor(id)));
        Assert.Contains("type: message", manifest, StringComparison.Ordinal);
        Assert.Contains("home_tab_enabled: true", manifest, StringComparison.Ordinal);
        Assert.Contains("- app_home_opened", manifest, StringComparison.Ordinal);
    }

    [GeneratedRegex(@"callback_id:\s*(\S+)")]
    private static partial Regex CallbackId();
}
