using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Transforms.Text;

namespace ChatBot.MachineLearning.Questions;

/// <summary>
/// What the text normaliser does to each character (lower-cased, a diacritic dropped, an accented letter replaced by its
/// base letter), as one table over all 65,536 UTF-16 code units. The normaliser works one code unit at a time with no
/// context, so a table is exact; it is filled by running ML.NET's own normaliser once over every code unit, so it is
/// ML.NET's mapping rather than a copy of it.
/// </summary>
internal sealed class CharacterFolding
{
    // Never what the normaliser makes of another character, and left alone itself: it separates the probes.
    private const char Separator = '\u0001';

    private readonly char[] folded;
    private readonly ulong[] dropped;

    private CharacterFolding(char[] folded, ulong[] dropped)
    {
        this.folded = folded;
        this.dropped = dropped;
    }

    /// <summary>Folds <paramref name="text"/> into <paramref name="destination"/> (at least as long) and returns how many characters were kept.</summary>
    public int Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        foreach (var c in text)
        {
            if ((dropped[c >> 6] & (1UL << (c & 63))) == 0)
            {
                destination[length++] = folded[c];
            }
        }

        return length;
    }

    /// <summary>The table of the normaliser the featuriser runs with <paramref name="options"/>, or null if ML.NET's answer cannot be read.</summary>
    public static CharacterFolding? Build(MLContext mlContext, TextFeaturizingEstimator.Options options)
    {
        var probe = new char[2 * (char.MaxValue + 1)];
        for (var c = 0; c <= char.MaxValue; c++)
        {
            probe[2 * c] = c == Separator ? 'a' : (char)c;
            probe[(2 * c) + 1] = Separator;
        }

        var data = mlContext.Data.LoadFromEnumerable([new ProbeRow { Text = new string(probe) }]);
        var normaliser = mlContext.Transforms.Text.NormalizeText(
            nameof(ProbeRow.Folded), nameof(ProbeRow.Text), options.CaseMode, options.KeepDiacritics, options.KeepPunctuations, options.KeepNumbers);
        var output = normaliser.Fit(data).Transform(data).GetColumn<string>(nameof(ProbeRow.Folded)).Single();
        return Read(output);
    }

    private static CharacterFolding? Read(string output)
    {
        var folded = new char[char.MaxValue + 1];
        var dropped = new ulong[(char.MaxValue + 1) / 64];
        var position = 0;
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (position < output.Length && output[position] == Separator)
            {
                dropped[c >> 6] |= 1UL << (c & 63);
                position++;
            }
            else if (position + 1 < output.Length && output[position + 1] == Separator)
            {
                folded[c] = output[position];
                position += 2;
            }
            else
            {
                return null;
            }
        }

        if (position != output.Length || (dropped[Separator >> 6] & (1UL << (Separator & 63))) != 0 || folded['a'] != 'a')
        {
            return null;
        }

        // The separator's own slot probed 'a' in its place; the normaliser leaves the separator as it is.
        folded[Separator] = Separator;
        return new CharacterFolding(folded, dropped);
    }

    private sealed class ProbeRow
    {
        public string Text { get; set; } = string.Empty;

        public string Folded { get; set; } = string.Empty;
    }
}
