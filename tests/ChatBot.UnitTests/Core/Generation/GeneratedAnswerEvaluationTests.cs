using System.Diagnostics;
using ChatBot.Core.Answers;
using ChatBot.Core.Generation;
using ChatBot.Core.Text;
using ChatBot.Evaluation;
using Xunit.Abstractions;

namespace ChatBot.UnitTests.Generation;

/// <summary>
/// The dev set through the generated answer path, with a model that states the extractive evidence verbatim (each
/// sentence cited by the number its passage was given) and then adds a fabricated sentence. The generated answers
/// must score at least as the extractive ones, decline the same questions, and never show the fabrication.
/// </summary>
public sealed class GeneratedAnswerEvaluationTests(ITestOutputHelper output)
{
    private const string Fabricated = "North Korea admitted abducting 99 Japanese nationals in 1950";

    [Fact]
    public void DevSet_GeneratedAnswersScoreAsExtractiveOnes_AndNoFabricatedSentenceSurvives()
    {
        var questions = EvaluationSet.Load("dev");
        var index = TestCorpus.Index;
        var telemetry = new RecordingTelemetry();
        var engine = new GroundedServices(new ScriptedGenerator(_ => "")).Engine;
        var services = new GroundedServices(new ScriptedGenerator(p => Echo(p, engine)), telemetry: telemetry);
        var extractive = AnswerEvaluator.Evaluate(questions, index, q => engine.Answer(q, index));

        var clock = Stopwatch.StartNew();
        var answers = new List<AnswerResult>();
        var generated = AnswerEvaluator.Evaluate(questions, index, q =>
        {
            answers.Add(services.Service.AskAsync(q, new AskOptions(UseCache: false)).GetAwaiter().GetResult());
            return answers[^1];
        });
        clock.Stop();

        var checkedSentences = telemetry.Sentences;
        output.WriteLine($"extractive: {extractive}");
        output.WriteLine($"generated:  {generated}");
        output.WriteLine($"{answers.Count(a => a.GeneratedBy is not null)} generated answers; {checkedSentences.Count(s => s.IsSupported)} sentences kept, {checkedSentences.Count(s => !s.IsSupported)} dropped ({string.Join(", ", checkedSentences.Where(s => !s.IsSupported).GroupBy(s => s.Verdict).Select(g => $"{g.Key} {g.Count()}"))}); {clock.Elapsed.TotalMilliseconds / questions.Count:F1} ms per question");
        Assert.True(answers.Count(a => a.GeneratedBy is not null) > 50, "too few generated answers to mean anything");
        Assert.True(generated.CorrectShare >= extractive.CorrectShare, $"{generated.CorrectShare} < {extractive.CorrectShare}");
        Assert.Equal(extractive.DeclinedShare, generated.DeclinedShare);
        // QuoteViolations also wants the answer's words inside the quote, which paraphrase need not keep (and the echo keeps
        // in-text citations such as "(Hughes, 2002, p.61)" that the comparison strips); verbatim quotes are what must hold.
        Assert.Empty(answers.SelectMany(a => AnswerEvaluator.UnquotedCitations(a, index)));
        Assert.Equal(0, generated.UncitedSentences);
        Assert.DoesNotContain(answers, a => a.Answer.Contains("99 Japanese", StringComparison.Ordinal));
        Assert.All(checkedSentences.Where(s => s.Sentence.Text.StartsWith(Fabricated, StringComparison.Ordinal)), s => Assert.False(s.IsSupported));
        Assert.All(checkedSentences.Where(s => !s.Sentence.Text.StartsWith(Fabricated, StringComparison.Ordinal)), s => Assert.True(s.IsSupported, s.Sentence.Text));
    }

    /// <summary>Each sentence the extractive answer quotes, cited by its passage's number in this prompt, then a fabrication citing passage 1.</summary>
    private static string Echo(ScriptedGenerator.PromptView prompt, AnswerEngine engine)
    {
        var evidence = engine.Answer(prompt.Question, TestCorpus.Index).Citations
            .SelectMany(c => SentenceSplitter.Split(c.Quote).Select(s => $"{s.Slice(c.Quote)} [{prompt.NumberOf(c.Quote)}]"));
        return string.Join(" ", evidence.Append($"{Fabricated} [1]."));
    }
}
