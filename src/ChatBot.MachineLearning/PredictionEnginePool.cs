using System.Collections.Concurrent;
using Microsoft.ML;

namespace ChatBot.MachineLearning;

/// <summary>
/// Hands out prediction engines one caller at a time: an engine keeps per-call buffers and is not thread-safe, while the
/// model behind it is. Engines are made on demand, so the pool grows to the peak number of concurrent callers and no further.
/// </summary>
internal sealed class PredictionEnginePool(MLContext mlContext, ITransformer model) : IDisposable
{
    private readonly ConcurrentBag<PredictionEngine<QuestionInput, QuestionPrediction>> idle = [];

    /// <summary>
    /// One idle engine outside the bag: a caller at a time (the usual case) takes and returns it with one atomic swap
    /// each, where the bag took a lock on every return.
    /// </summary>
    private PredictionEngine<QuestionInput, QuestionPrediction>? spare;

    public QuestionPrediction Predict(QuestionInput input)
    {
        var engine = Interlocked.Exchange(ref spare, null)
            ?? (idle.TryTake(out var pooled) ? pooled : mlContext.Model.CreatePredictionEngine<QuestionInput, QuestionPrediction>(model));
        try
        {
            // The engine reuses its output object; a fresh one keeps results from leaking between callers.
            var output = new QuestionPrediction();
            engine.Predict(input, ref output);
            return output;
        }
        finally
        {
            if (Interlocked.CompareExchange(ref spare, engine, null) is not null)
            {
                idle.Add(engine);
            }
        }
    }

    public void Dispose()
    {
        Interlocked.Exchange(ref spare, null)?.Dispose();
        while (idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }
}
