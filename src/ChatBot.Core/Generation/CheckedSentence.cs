namespace ChatBot.Core.Generation;

/// <summary>A generated sentence with the check's verdict and, when supported, the windows that support it.</summary>
public sealed record CheckedSentence(GeneratedSentence Sentence, GroundednessVerdict Verdict, IReadOnlyList<SupportWindow> Support)
{
    public bool IsSupported => Verdict == GroundednessVerdict.Supported;
}
