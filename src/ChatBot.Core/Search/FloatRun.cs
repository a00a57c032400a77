namespace ChatBot.Core.Search;

/// <summary>Weights kept as floats (an index whose distinct weights do not fit a table of codes).</summary>
internal readonly ref struct FloatRun(ReadOnlySpan<float> floats) : IWeightRun
{
    private readonly ReadOnlySpan<float> floats = floats;

    public float At(int k) => floats[k];
}
