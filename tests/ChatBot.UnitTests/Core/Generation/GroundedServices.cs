using ChatBot.Core.Answers;
using ChatBot.Core.Embeddings;
using ChatBot.Core.Generation;
using ChatBot.Core.Indexing;
using ChatBot.Core.Questions;
using ChatBot.Evaluation;
using Microsoft.Extensions.Time.Testing;

namespace ChatBot.UnitTests.Generation;

/// <summary>
/// The answer pipeline with the <see cref="GroundedWording"/> step over the bundled corpus (or another), with a fake
/// clock and a dictionary cache.
/// </summary>
internal sealed class GroundedServices
{
    public GroundedServices(IAnswerGenerator generator, CorpusIndex? index = null, PassageEmbeddings? embeddings = null, IGenerationTelemetry? telemetry = null)
    {
        Index = index ?? TestCorpus.Index;
        Engine = new AnswerEngine(RuleBasedQuestionClassifier.Instance);
        Wording = new GroundedWording(Engine, generator, TestCorpus.Analyzer, Time, new GroundedAnswerOptions { Timeout = TimeSpan.FromSeconds(20) }, telemetry, embeddings);
        Service = new AnswerService(Engine, new CorpusIndexHolder(Index), Cache, Time, Wording);
    }

    public const string Question = "How many Japanese nationals did North Korea admit to abducting?";

    public CorpusIndex Index { get; }

    public AnswerEngine Engine { get; }

    public FakeTimeProvider Time { get; } = new();

    public DictionaryAnswerCache Cache { get; } = new();

    public GroundedWording Wording { get; }

    public AnswerService Service { get; }

    public AnswerResult Extractive(string question = Question) => Engine.Answer(question, Index);
}
