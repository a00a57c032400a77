namespace ChatBot.Core.Text;

/// <summary>Identifies the analysis and ranking code, so caches and index snapshots built by another version are never reused.</summary>
public static class EngineInfo
{
    public const string Version = "1.0.0";
}
