namespace ChatBot.Core.Generation;

/// <summary>Why a generated answer was not used and the extractive one was returned instead.</summary>
public enum GenerationFallback
{
    /// <summary>The model did not answer within the configured time.</summary>
    Timeout = 0,

    /// <summary>The endpoint failed (HTTP errors, exhausted 429 retries, a broken response).</summary>
    Failed = 1,

    /// <summary>The model said the passages don't answer the question.</summary>
    NotInSources = 2,

    /// <summary>No generated sentence survived the groundedness check.</summary>
    NothingSupported = 3,
}
