namespace ChatBot.Core.Search;

/// <summary>Per-thread accumulators sized to the corpus, cleared through the list of touched passages only.</summary>
internal sealed class SearchScratch
{
    public float[] Scores { get; private set; } = [];
    public float[] ConceptScores { get; private set; } = [];
    public ulong[] Masks { get; private set; } = [];
    public List<int> Touched { get; } = [];
    public List<int> ConceptTouched { get; } = [];

    public void Reset(int passageCount)
    {
        if (Scores.Length != passageCount)
        {
            Scores = new float[passageCount];
            ConceptScores = new float[passageCount];
            Masks = new ulong[passageCount];
            Touched.Clear();
            return;
        }

        foreach (var p in Touched)
        {
            Scores[p] = 0;
            Masks[p] = 0;
        }

        Touched.Clear();
    }
}
