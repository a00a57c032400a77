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

    public QuestionPrediction Predict(QuestionInput input)
    {
        var engine = idle.TryTake(out var pooled) ? pooled : mlContext.Model.CreatePredictionEngine<QuestionInput, QuestionPrediction>(model);
        try
        {
            // The engine reuses its output object; a fresh one keeps results from leaking between callers.
            var output = new QuestionPrediction();
            engine.Predict(input, ref output);
            return output;
        }
        finally
        {
            idle.Add(engine);
        }
    }

    public void Dispose()
    {
        while (idle.TryTake(out var engine))
        {
            engine.Dispose();
        }
    }
}
