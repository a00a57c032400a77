using ChatBot.Core.Indexing;
using ChatBot.Evaluation;

namespace ChatBot.UnitTests.Indexing;

/// <summary>
/// A snapshot whose passage words (format 12) are damaged in any one way is refused at load with the one-line error —
/// never read out of range, nor decoded into other words, by the first question to touch them.
/// </summary>
public sealed class PassageWordsDamageTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("chatbot-words-damage-").FullName;

    public enum Damage
    {
        WordTwice,
        EmptyWord,
        WordCutOff,
        VocabularyLongerThanItsWords,
        CodeSplitPastTheLeadBytes,
        NumberOutsideTheVocabulary,
        CodeCutOffAtItsPassagesEnd,
        CodesLongerThanThePassages,
        PassageMissing,
        PassageOffsetsGoingBack,
        MoreWordsThanCharacters,
        RunPastItsPassage,
        RunBackwards,
        RunBeforeItsPassage,
        RunHalfOnItsOwn,
        RunsMissing,
    }

    [Theory]
    [InlineData(Damage.WordTwice)]
    [InlineData(Damage.EmptyWord)]
    [InlineData(Damage.WordCutOff)]
    [InlineData(Damage.VocabularyLongerThanItsWords)]
    [InlineData(Damage.CodeSplitPastTheLeadBytes)]
    [InlineData(Damage.NumberOutsideTheVocabulary)]
    [InlineData(Damage.CodeCutOffAtItsPassagesEnd)]
    [InlineData(Damage.CodesLongerThanThePassages)]
    [InlineData(Damage.PassageMissing)]
    [InlineData(Damage.PassageOffsetsGoingBack)]
    [InlineData(Damage.MoreWordsThanCharacters)]
    [InlineData(Damage.RunPastItsPassage)]
    [InlineData(Damage.RunBackwards)]
    [InlineData(Damage.RunBeforeItsPassage)]
    [InlineData(Damage.RunHalfOnItsOwn)]
    [InlineData(Damage.RunsMissing)]
    public void ASnapshot_WithDamagedPassageWords_IsRefused_WithTheOneLineError(Damage damage) =>
        AssertRefused((good, words) => Damaged(good, words, damage));

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ASnapshot_WithAWordOrANumberChangedBehindItsChecksum_IsRefused(bool number) => AssertRefused((good, words) =>
    {
        var checksum = PassageWords.Checksum(good.Vocabulary, good.Starts, good.Offsets, good.Codes);
        var changed = good with { Vocabulary = (byte[])good.Vocabulary.Clone(), Codes = (byte[])good.Codes.Clone(), Checksum = checksum };
        if (number)
        {
            // A one-byte number swapped for another one-byte number: still inside the vocabulary, still whole codes.
            var place = Array.FindIndex(changed.Codes, c => c < Math.Min(changed.Code.Ones, words.Count) - 1);
            changed.Codes[place]++;
        }
        else
        {
            // A letter changed into another one no word of the vocabulary would then repeat: still well formed and distinct.
            var place = Array.FindIndex(changed.Vocabulary, b => b == (byte)'q');
            changed.Vocabulary[place] = (byte)'#';
        }

        return changed;
    });

    /// <summary>A saved snapshot whose passage words are replaced by <paramref name="damage"/>'s is refused, by the store and by the format, with the one-line error.</summary>
    private void AssertRefused(Func<Section, PassageWords, Section> damage)
    {
        var index = TestCorpus.Index;
        var words = index.Index.Arrays.PassageWords!;
        var store = new IndexSnapshotStore(directory);
        Assert.Null(store.TrySave(index));
        var path = Directory.GetFiles(directory, "*.index").Single();
        var file = File.ReadAllBytes(path);
        var good = Section.Of(words);
        Assert.Equal(good.Bytes(), Bytes(words));
        var at = file.AsSpan().IndexOf(good.Bytes());
        Assert.True(at > 0 && file.AsSpan(at + 1).IndexOf(good.Bytes()) < 0, "the passage words' section was not found once in the snapshot");
        file = [.. file.AsSpan(0, at), .. damage(good, words).Bytes(), .. file.AsSpan(at + good.Bytes().Length)];
        File.WriteAllBytes(path, file);

        Assert.Null(store.TryLoad(index.Fingerprint, index.Analyzer));
        var refused = Assert.Throws<InvalidDataException>(() => IndexSnapshotFormat.Read(new MemoryStream(file), index.Fingerprint, index.Analyzer));
        Assert.Equal("snapshot passage words are malformed", refused.Message);
    }

    /// <summary>The section with one kind of damage, and nothing else another check would refuse.</summary>
    private static Section Damaged(Section good, PassageWords words, Damage damage)
    {
        var (vocabulary, starts, offsets, codes, runs) = ((byte[])good.Vocabulary.Clone(), (int[])good.Starts.Clone(), (int[])good.Offsets.Clone(), (byte[])good.Codes.Clone(), (int[])good.Runs.Clone());
        var code = words.Code;
        var noRuns = new int[runs.Length];
        var sameLength = Enumerable.Range(0, words.Count - 1).First(w => starts[w + 1] - starts[w] == starts[w + 2] - starts[w + 1]);
        var (at, next) = (starts[sameLength], starts[sameLength + 1]);
        var run = Enumerable.Range(0, runs.Length / 2).First(s => runs[2 * s] > 0 && runs[(2 * s) + 1] > runs[2 * s] + 1);
        switch (damage)
        {
            case Damage.WordTwice:
                vocabulary.AsSpan(at, next - at).CopyTo(vocabulary.AsSpan(next));
                break;
            case Damage.EmptyWord:
                starts[1] = 0;
                break;
            case Damage.WordCutOff:
                vocabulary[next - 1] = 0xC3;
                break;
            case Damage.VocabularyLongerThanItsWords:
                vocabulary = [.. vocabulary, (byte)'z'];
                break;
            case Damage.CodeSplitPastTheLeadBytes:
                code = code with { Threes = 257 - code.Ones - code.Twos };
                break;
            case Damage.NumberOutsideTheVocabulary:
                (offsets, codes) = Coded(code, Enumerable.Range(0, words.Passages).Select(p => words.Of(p, first: 0)).Select((n, p) => p == 3 ? [.. n[..^1], words.Count] : n).ToList());
                break;
            case Damage.CodeCutOffAtItsPassagesEnd:
                var cut = Enumerable.Range(1, words.Passages - 1).First(p => offsets[p] < offsets[p + 1] && codes[offsets[p]] >= code.Ones);
                offsets[cut]++;
                break;
            case Damage.CodesLongerThanThePassages:
                codes = [.. codes, 0];
                break;
            case Damage.PassageMissing:
                (offsets, codes, runs) = (offsets[..^1], codes[..offsets[^2]], noRuns);
                break;
            case Damage.PassageOffsetsGoingBack:
                (offsets[1], runs) = (-1, noRuns);
                break;
            case Damage.MoreWordsThanCharacters:
                (offsets, runs) = ([0, .. offsets[1..].Select(_ => codes.Length)], noRuns);
                break;
            case Damage.RunPastItsPassage:
                runs[(2 * run) + 1] = codes.Length + 2;
                break;
            case Damage.RunBackwards:
                (runs[2 * run], runs[(2 * run) + 1]) = (runs[(2 * run) + 1], runs[2 * run]);
                break;
            case Damage.RunBeforeItsPassage:
                // Four bytes a number (as a passage of more than 65,534 words makes them) let a run be negative.
                (runs[2 * run], runs[(2 * run) + 1]) = (-3, -1);
                break;
            case Damage.RunHalfOnItsOwn:
                runs[2 * run] = 0;
                break;
            case Damage.RunsMissing:
                runs = runs[..^2];
                break;
        }

        return new Section(vocabulary, starts, code, offsets, codes, runs);
    }

    private static (int[] Offsets, byte[] Codes) Coded(PassageWordsCode code, List<int[]> passages)
    {
        var (offsets, codes) = (new int[passages.Count + 1], new byte[passages.Sum(p => p.Length) * 4]);
        for (var p = 0; p < passages.Count; p++)
        {
            offsets[p + 1] = offsets[p];
            foreach (var number in passages[p])
            {
                offsets[p + 1] = code.Write(number, codes, offsets[p + 1]);
            }
        }

        return (offsets, codes[..offsets[^1]]);
    }

    private static byte[] Bytes(PassageWords words)
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            words.Write(writer);
        }

        return stream.ToArray();
    }

    /// <summary>The section as stored (format 12), in parts a test can damage.</summary>
    private sealed record Section(byte[] Vocabulary, int[] Starts, PassageWordsCode Code, int[] Offsets, byte[] Codes, int[] Runs)
    {
        /// <summary>The checksum stored, when not the one of the parts (a part changed behind it).</summary>
        public ulong? Checksum { get; init; }

        public static Section Of(PassageWords words)
        {
            var vocabulary = Enumerable.Range(0, words.Count).SelectMany(w => words.Vocabulary.Bytes(w).ToArray()).ToArray();
            var starts = new int[words.Count + 1];
            for (var w = 0; w < words.Count; w++)
            {
                starts[w + 1] = starts[w] + words.Vocabulary.Bytes(w).Length;
            }

            return new Section(vocabulary, starts, words.Code, words.Offsets, words.Codes, words.Runs.ToArray());
        }

        /// <summary>Each array a count and its values' bytes; the split as three ints; the runs as narrow as they fit.</summary>
        public byte[] Bytes()
        {
            using var stream = new MemoryStream();
            using (var writer = new BinaryWriter(stream))
            {
                writer.Write(Vocabulary.Length);
                writer.Write(Vocabulary);
                Ints(writer, Starts);
                writer.Write(Code.Ones);
                writer.Write(Code.Twos);
                writer.Write(Code.Threes);
                Ints(writer, Offsets);
                writer.Write(Codes.Length);
                writer.Write(Codes);
                // Made for the damaged parts too, so that each case meets the check it is named for, not the checksum.
                writer.Write(Checksum ?? PassageWords.Checksum(Vocabulary, Starts, Offsets, Codes));
                NarrowInts.Of(Runs).Write(writer);
            }

            return stream.ToArray();
        }

        private static void Ints(BinaryWriter writer, int[] values)
        {
            writer.Write(values.Length);
            foreach (var value in values)
            {
                writer.Write(value);
            }
        }
    }

    public void Dispose() => Directory.Delete(directory, recursive: true);
}
