namespace ChatBot.Core.Text;

/// <summary>Identifies the analysis and ranking code, so caches and index snapshots built by another version are never reused.</summary>
public static class EngineInfo
{
    /// <summary>
    /// The release plus this build of ChatBot.Core: builds are deterministic, so the module id changes exactly when the
    /// code does. A hand-bumped constant alone was forgotten once, and a changed engine served answers cached by the
    /// old one.
    /// </summary>
    public static string Version { get; } = $"1.0.0+{typeof(EngineInfo).Assembly.ManifestModule.ModuleVersionId:N}";
}
