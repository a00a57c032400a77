using System.Diagnostics.CodeAnalysis;

namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// One thread's buffers for featurising and scoring a question; they grow to the longest question seen and are reused,
/// so a warm call allocates nothing.
/// </summary>
internal sealed class FeatureScratch
{
    [ThreadStatic]
    private static FeatureScratch? current;

    /// <summary>The question length the buffers are first made for.</summary>
    private const int FirstLength = 256;

    private FeatureScratch() => Resize(FirstLength);

    public char[] Text { get; private set; }

    public int[] CharacterHits { get; private set; }

    public int[] WordHits { get; private set; }

    /// <summary>The feature vector's stored entries, in slot order, as ML.NET's sparse vector holds them.</summary>
    public int[] Indices { get; private set; }

    public float[] Values { get; private set; }

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
            Resize(Math.Max(needed, Text.Length * 2));
        }

        if (Scores.Length < classes)
        {
            Scores = new float[classes];
            Lanes = new float[8 * classes];
        }
    }

    /// <summary>
    /// Room for text of <paramref name="size"/> - 2 characters: as many character trigrams as characters plus the two
    /// markers, words and word pairs, and every one of both in the vector — one rule for the first buffers and the grown
    /// ones (the first were once a flat 256, and a 200–254-character question overran the vector's).
    /// </summary>
    [MemberNotNull(nameof(Text), nameof(CharacterHits), nameof(WordHits), nameof(Indices), nameof(Values))]
    private void Resize(int size)
    {
        Text = new char[size];
        CharacterHits = new int[size];
        WordHits = new int[2 * size];
        Indices = new int[3 * size];
        Values = new float[3 * size];
    }
}
