using System.Diagnostics;
using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using ChatBot.Benchmarks.SideBySide;
using ChatBot.Core.Questions;
using ChatBot.MachineLearning;
using ChatBot.MachineLearning.QuestionAnswering;

namespace ChatBot.Benchmarks.Classifier;

/// <summary>
/// The question classifier alone: the compiled model against ML.NET's engine. First every text is classified both ways
/// and compared (kind, confidence bits, which side of <see cref="CombinedQuestionClassifier.TrustAbove"/>): the labelled
/// questions, and from the shared tuning data the SQuAD questions, the SciFact claims and the SQuAD paragraphs' sentences.
/// Then the labelled questions are timed, alternating engine and compiled passes; each question keeps its fastest pass.
/// Run: <c>dotnet run -c Release -- classifier-profile [--passes 7]</c>
/// </summary>
internal static class ClassifierProfile
{
    public static void Run(string[] args)
    {
        var passes = args is ["--passes", var p, ..] ? int.Parse(p, CultureInfo.InvariantCulture) : 7;
        Console.WriteLine($"classifier-profile: {DateTime.UtcNow:yyyy-MM-dd HH:mm:ss} UTC, load average {Machine.LoadAverage()}");
        var stopwatch = Stopwatch.StartNew();
        using var engine = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath, compile: false);
        Console.WriteLine($"engine-only load {stopwatch.Elapsed.TotalMilliseconds:F0} ms");
        stopwatch.Restart();
        using var compiled = new MlQuestionClassifier(MlQuestionClassifier.DefaultModelPath);
        var loaded = stopwatch.Elapsed.TotalMilliseconds;
        compiled.CompileAsync().GetAwaiter().GetResult();
        Console.WriteLine($"compiling load {loaded:F0} ms; compiled and checked {stopwatch.Elapsed.TotalMilliseconds:F0} ms after the load began, compiled: {compiled.IsCompiled}");

        var labelled = QuestionDataset.LoadAsync(QuestionClassifierTrainer.DefaultDataPath).GetAwaiter().GetResult().Select(r => r.Question).ToList();
        Compare("labelled questions", labelled, engine, compiled);
        foreach (var (name, texts) in SharedTexts())
        {
            Compare(name, texts, engine, compiled);
        }

        Time(labelled, engine, compiled, passes);
    }

    private static void Compare(string name, IReadOnlyList<string> texts, MlQuestionClassifier engine, MlQuestionClassifier compiled)
    {
        int kinds = 0, confidences = 0, sides = 0;
        foreach (var text in texts)
        {
            var a = engine.Classify(text);
            var b = compiled.Classify(text);
            kinds += a.Kind == b.Kind ? 0 : 1;
            confidences += BitConverter.SingleToInt32Bits(a.Confidence) == BitConverter.SingleToInt32Bits(b.Confidence) ? 0 : 1;
            sides += (a.Confidence >= CombinedQuestionClassifier.TrustAbove) == (b.Confidence >= CombinedQuestionClassifier.TrustAbove) ? 0 : 1;
        }

        Console.WriteLine($"{name}: {texts.Count} texts, {kinds} kinds differ, {confidences} confidences differ in any bit, {sides} on the other side of {CombinedQuestionClassifier.TrustAbove}");
    }

    private static void Time(IReadOnlyList<string> questions, MlQuestionClassifier engine, MlQuestionClassifier compiled, int passes)
    {
        var fastest = new[] { Enumerable.Repeat(long.MaxValue, questions.Count).ToArray(), Enumerable.Repeat(long.MaxValue, questions.Count).ToArray() };
        var allocated = new long[2];
        var classifiers = new[] { engine, compiled };
        for (var pass = 0; pass < passes; pass++)
        {
            for (var which = 0; which < 2; which++)
            {
                var before = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < questions.Count; i++)
                {
                    var start = Stopwatch.GetTimestamp();
                    classifiers[which].Classify(questions[i]);
                    fastest[which][i] = Math.Min(fastest[which][i], Stopwatch.GetTimestamp() - start);
                }

                allocated[which] = GC.GetAllocatedBytesForCurrentThread() - before;
            }
        }

        for (var which = 0; which < 2; which++)
        {
            var micros = fastest[which].Select(t => t * 1e6 / Stopwatch.Frequency).Order().ToArray();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{(which == 0 ? "engine  " : "compiled")}: {questions.Count} questions, fastest of {passes} passes: mean {micros.Average():F2} µs, p50 {micros[micros.Length / 2]:F2} µs, p99 {micros[(int)(micros.Length * 0.99)]:F2} µs; {allocated[which] / (double)questions.Count:F0} bytes a question (last pass)"));
        }
    }

    private static IEnumerable<(string Name, IReadOnlyList<string> Texts)> SharedTexts()
    {
        var folder = SideBySideCorpora.SharedData;
        var squad = new[] { "squad-v1.1-dev-tune.json.gz", "squad-v2.0-dev-tune.json.gz" }
            .Select(f => Path.Combine(folder, f)).Where(File.Exists)
            .SelectMany(f => SquadReader.ReadAsync(f).GetAwaiter().GetResult()).ToList();
        if (squad.Count == 0)
        {
            Console.WriteLine($"skipped the shared data: nothing in {folder}");
            yield break;
        }

        var paragraphs = squad.SelectMany(a => a.Paragraphs).ToList();
        yield return ("SQuAD questions", [.. paragraphs.SelectMany(p => p.Questions).Select(q => q.Text)]);
        var claims = Path.Combine(folder, "scifact-train", "queries-train.jsonl");
        if (File.Exists(claims))
        {
            yield return ("SciFact claims", [.. File.ReadLines(claims).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString() ?? "")]);
        }

        yield return ("SQuAD paragraph sentences", [.. paragraphs.Select(p => p.Context).Distinct().SelectMany(c => c.Split(". "))]);
        var corpus = Path.Combine(folder, "scifact-train", "corpus.jsonl.gz");
        if (File.Exists(corpus))
        {
            using var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress));
            var titles = new List<string>();
            while (reader.ReadLine() is { } line)
            {
                titles.Add(JsonDocument.Parse(line).RootElement.GetProperty("title").GetString() ?? "");
            }

            yield return ("SciFact abstract titles", titles);
        }
    }
}
