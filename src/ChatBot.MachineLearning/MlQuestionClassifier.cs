using ChatBot.Core.Questions;
using ChatBot.MachineLearning.Questions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.ML;

namespace ChatBot.MachineLearning;

/// <summary>
/// Classifies questions with the trained model, loaded once from a file. Safe to call from many threads. A missing or
/// unreadable model fails at construction, with the file's path in the message. The model is evaluated by
/// <see cref="CompiledQuestionModel"/> (the same probabilities to the bit, without a prediction engine per call) when it
/// has the shape the trainer makes and agrees with ML.NET's engine on the load-time probes; otherwise, and for the rare
/// question too long for it, by the engine. Why the compiled model is not used, when it is not, is logged once.
/// </summary>
public sealed class MlQuestionClassifier : IQuestionClassifier, IDisposable
{
    private static readonly MLContext SharedContext = new(seed: QuestionClassifierTrainer.Seed);

    private readonly PredictionEnginePool engines;
    private readonly QuestionKind[] labels;
    /// <summary>
    /// Questions the engine answers before the compiled model is made. Making and checking it costs about a third of a
    /// second of one core, more than a one-shot <c>ask</c> spends on everything else; a process that keeps answering
    /// pays it once, in the background, and gains ~15 µs a question from then on.
    /// </summary>
    private const int CompileAfter = 32;

    private readonly ITransformer model;
    private readonly DataViewSchema inputSchema;
    private readonly bool compile;
    private readonly ILogger logger;
    private readonly Func<MLContext, ITransformer, DataViewSchema, CompiledQuestionModel?> create;
    private volatile CompiledQuestionModel? compiled;
    private Task? compilation;
    private int asked;
    private volatile bool disposed;

    public MlQuestionClassifier(string modelPath, ILogger<MlQuestionClassifier>? logger = null)
        : this(modelPath, compile: true, logger)
    {
    }

    /// <param name="compile">False keeps ML.NET's engine for every question (what the compiled model is tested against).</param>
    /// <param name="create">Makes the compiled model (a test stands in a failing one).</param>
    internal MlQuestionClassifier(string modelPath, bool compile, ILogger? logger = null,
        Func<MLContext, ITransformer, DataViewSchema, CompiledQuestionModel?>? create = null)
    {
        ModelPath = Path.GetFullPath(modelPath);
        (model, inputSchema, labels) = QuestionModelFile.Load(SharedContext, ModelPath);
        engines = new PredictionEnginePool(SharedContext, model);
        this.compile = compile;
        this.logger = logger ?? NullLogger.Instance;
        this.create = create ?? CompiledQuestionModel.TryCreate;
    }

    /// <summary>Where a host finds the committed model: it is copied to the build output under <c>Model/</c>.</summary>
    public static string DefaultModelPath => Path.Combine(AppContext.BaseDirectory, "Model", "question-classifier.zip");

    public string ModelPath { get; }

    /// <summary>Whether questions are scored by the compiled model rather than by ML.NET's engine.</summary>
    internal bool IsCompiled => compiled is not null;

    /// <summary>Whether making the compiled model has begun.</summary>
    internal bool IsCompiling => Volatile.Read(ref compilation) is not null;

    /// <summary>
    /// Starts making the compiled model now, if it has not been started (asked questions start it on their own), and
    /// returns the work: done when the compiled model is in use or known not to apply.
    /// </summary>
    internal Task CompileAsync()
    {
        if (!compile)
        {
            return Task.CompletedTask;
        }

        if (Volatile.Read(ref compilation) is { } started)
        {
            return started;
        }

        var task = new Task(Compile);
        if (Interlocked.CompareExchange(ref compilation, task, null) is { } other)
        {
            return other;
        }

        task.Start(TaskScheduler.Default);
        return task;
    }

    public QuestionClassification Classify(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        ObjectDisposedException.ThrowIf(disposed, this);
        if (string.IsNullOrWhiteSpace(question))
        {
            return new QuestionClassification(QuestionKind.OffTopic, 1f);
        }

        if (compiled is { } ready)
        {
            if (ready.TryClassify(question, out var label, out var probability))
            {
                return new QuestionClassification(labels[label], Confidence(probability));
            }
        }
        else if (compile && Interlocked.Increment(ref asked) == CompileAfter)
        {
            _ = CompileAsync();
        }

        var prediction = engines.Predict(new QuestionInput { Question = question });
        return new QuestionClassification(Enum.Parse<QuestionKind>(prediction.PredictedLabel), Confidence(Max(prediction.Score)));
    }

    /// <summary>ML.NET's engine's probabilities for <paramref name="question"/>, one per label, in the model's label order.</summary>
    internal float[] EngineScores(string question)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        return engines.Predict(new QuestionInput { Question = question }).Score;
    }

    private void Compile()
    {
        try
        {
            // A context of its own: the shared one's engines answer questions meanwhile.
            var candidate = create(new MLContext(seed: QuestionClassifierTrainer.Seed), model, inputSchema);
            if (candidate is null || candidate.Classes != labels.Length)
            {
                logger.LogInformation("Question model {Path} is not of the shape the trainer makes; ML.NET's engine answers every question", ModelPath);
            }
            else if (!CompiledModelCheck.Agrees(candidate, EngineScores))
            {
                logger.LogWarning("Question model {Path}: the compiled model disagreed with ML.NET's engine on the load-time probes; the engine answers every question", ModelPath);
            }
            else
            {
                compiled = candidate;
            }
        }
        catch (ObjectDisposedException) when (disposed)
        {
            // Disposed while compiling: the engines the probes are checked against are gone, and nothing will ask.
        }
        catch (Exception error) when (!disposed)
        {
            // The engine goes on answering with the same model; only the speed-up is lost, so this is not a failure of the bot.
            logger.LogWarning(error, "Question model {Path}: the compiled model could not be made; ML.NET's engine answers every question", ModelPath);
        }
    }

    public void Dispose()
    {
        disposed = true;
        engines.Dispose();
    }

    // Maximum-entropy scores are softmax probabilities; the clamp only guards against rounding just past 1.
    private static float Confidence(float max) => float.IsNaN(max) ? 0f : Math.Clamp(max, 0f, 1f);

    // As LINQ's Max: NaN counts below every number, so it is the answer only when every score is NaN.
    private static float Max(float[] scores)
    {
        if (scores.Length == 0)
        {
            return 0f;
        }

        var max = scores[0];
        foreach (var score in scores)
        {
            if (score > max || float.IsNaN(max))
            {
                max = score;
            }
        }

        return max;
    }
}
