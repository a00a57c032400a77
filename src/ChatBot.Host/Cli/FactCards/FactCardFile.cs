namespace ChatBot.Host.Cli.FactCards;

/// <summary>A fact-card file (YAML or JSON) as moderators keep it in git: <c>cards:</c> and a list of cards.</summary>
internal sealed class FactCardFile
{
    public List<FactCardFileEntry> Cards { get; set; } = [];
}
