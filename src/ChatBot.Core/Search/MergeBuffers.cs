namespace ChatBot.Core.Search;

/// <summary>Per concept slot (64, as a mask has bits), the buffers its merged postings and their block maxima are written to.</summary>
internal sealed class MergeBuffers
{
    private readonly int[][] passages = new int[64][];
    private readonly float[][] scores = new float[64][];
    private readonly float[][] blockMaxima = new float[64][];

    /// <summary>Slot <paramref name="c"/>'s buffers, at least <paramref name="size"/> long (grown on demand, kept grown).</summary>
    public (int[] Passages, float[] Scores, float[] BlockMaxima) For(int c, int size)
    {
        if ((passages[c]?.Length ?? 0) < size)
        {
            var length = Math.Max(size, 256);
            (passages[c], scores[c], blockMaxima[c]) = (new int[length], new float[length], new float[(length >> Indexing.InvertedIndex.BlockShift) + 1]);
        }

        return (passages[c], scores[c], blockMaxima[c]);
    }

}
