namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// One thread's buffers for featurising and scoring a question; they grow to the longest question seen and are reused,
/// so a warm call allocates nothing.
/// </summary>
internal sealed class FeatureScratch
{
    [ThreadStatic]
    private static FeatureScratch? current;

    public char[] Text { get; private set; } = new char[256];

    public int[] CharacterHits { get; private set; } = new int[256];

    public int[] WordHits { get; private set; } = new int[256];

    /// <summary>The feature vector's stored entries, in slot order, as ML.NET's sparse vector holds them.</summary>
    public int[] Indices { get; private set; } = new int[256];

    public float[] Values { get; private set; } = new float[256];

    public float[] Lanes { get; private set; } = new float[8 * 16];

    public float[] Scores { get; private set; } = new float[16];

    public static FeatureScratch ForThisThread() => current ??= new FeatureScratch();

    /// <summary>Makes room for a question of <paramref name="length"/> characters and a model of <paramref name="classes"/> classes.</summary>
    public void Reserve(int length, int classes)
    {
        // A question of n characters has at most n + 2 character trigrams (with its two markers) and n words.
        var needed = length + 2;
        if (Text.Length < needed)
        {
            var size = Math.Max(needed, Text.Length * 2);
            Text = new char[size];
            CharacterHits = new int[size];
            WordHits = new int[2 * size];
            Indices = new int[3 * size];
            Values = new float[3 * size];
        }

        if (Scores.Length < classes)
        {
            Scores = new float[classes];
            Lanes = new float[8 * classes];
        }
    }
}
