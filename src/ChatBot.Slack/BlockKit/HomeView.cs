namespace ChatBot.Slack.BlockKit;

/// <summary>An App Home tab for views.publish: at most 100 blocks.</summary>
public sealed record HomeView(IReadOnlyList<SlackBlock> Blocks, string? CallbackId = null)
{
    public string Type => "home";
}
