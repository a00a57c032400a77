using ChatBot.Core.Answers;
using ChatBot.Core.Indexing;
using ChatBot.Evaluation;
using ChatBot.UnitTests.Evaluation;

namespace ChatBot.UnitTests.Answers;

/// <summary>
/// Pins, question by question, everything the engine says and scores for every question of the bundled evaluation
/// sets, with the sentence encoder (as the product ships) and with the lexical models alone: work that makes the
/// engine faster must not change one answer, citation, decline or score. A change meant to alter answers regenerates
/// the file with CHATBOT_WRITE_ANSWER_DIGESTS=1 and shows what changed in its diff.
/// </summary>
public sealed class AnswerGoldenTests
{
    private static readonly string DigestFile = EvaluationSet.RepositoryPath("tests", "evaluation", "answer-digests.tsv");

    private static readonly Lazy<AnswerEngine> Lexical = new(() => new AnswerEngine(SquadHeldOutFixture.Classifier));

    [Fact]
    public void EveryAnswerAndScore_IsWhatWasPinned()
    {
        var questions = new[] { "dev", "holdout", "community" }.SelectMany(EvaluationSet.Load).Select(q => q.Question).Distinct().ToList();
        var current = questions.Select(q => Line("dense", q, ProductEngine.Shared, TestCorpus.IndexWithVectors))
            .Concat(questions.Select(q => Line("lexical", q, Lexical.Value, TestCorpus.Index)))
            .ToList();

        if (Environment.GetEnvironmentVariable("CHATBOT_WRITE_ANSWER_DIGESTS") == "1")
        {
            File.WriteAllLines(DigestFile, current.Select(c => c.Line));
        }

        var pinned = File.ReadAllLines(DigestFile);
        Assert.True(questions.Count >= 250, $"only {questions.Count} questions");
        Assert.Equal(current.Count, pinned.Length);
        var changed = current.Where((c, i) => c.Line != pinned[i]).Take(3).Select(c => $"{c.Line}\n{c.Transcript}").ToList();
        Assert.True(changed.Count == 0, $"answers changed:\n{string.Join("\n", changed)}");
    }

    [Fact]
    public void TheDigest_ChangesWhenOneScoreDoes()
    {
        var examination = Lexical.Value.Examine("When did North Korea admit the abductions?", TestCorpus.Index);
        var answer = Lexical.Value.Answer("When did North Korea admit the abductions?", TestCorpus.Index);
        var before = AnswerTranscript.Digest(AnswerTranscript.Of(answer, examination));
        examination.Evidence!.Sentences[^1].Score = BitConverter.Int32BitsToSingle(BitConverter.SingleToInt32Bits(examination.Evidence.Sentences[^1].Score) + 1);

        Assert.NotEqual(before, AnswerTranscript.Digest(AnswerTranscript.Of(answer, examination)));
    }

    private static (string Line, string Transcript) Line(string engineName, string question, AnswerEngine engine, CorpusIndex index)
    {
        var clean = QuestionSanitizer.Sanitize(question).Question;
        var transcript = AnswerTranscript.Of(engine.Answer(clean, index), engine.Examine(clean, index));
        return ($"{engineName}\t{question}\t{AnswerTranscript.Digest(transcript)}", transcript);
    }
}
