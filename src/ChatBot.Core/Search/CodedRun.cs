namespace ChatBot.Core.Search;

/// <summary>Weights as codes into the index's table of distinct weights: the very floats, one small table away.</summary>
internal readonly ref struct CodedRun(ReadOnlySpan<ushort> codes, ReadOnlySpan<float> table) : IWeightRun
{
    private readonly ReadOnlySpan<ushort> codes = codes;
    private readonly ReadOnlySpan<float> table = table;

    public float At(int k) => table[codes[k]];
}
