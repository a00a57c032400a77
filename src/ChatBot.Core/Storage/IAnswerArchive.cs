using ChatBot.Core.Answers;

namespace ChatBot.Core.Storage;

/// <summary>
/// Keeps answers that were sent, under a short id, so buttons on the message ("Show quotes", "Timeline for this",
/// 👍/👎) can find them again. The id is derived from the answer itself, so the same answer gets the same id.
/// </summary>
public interface IAnswerArchive
{
    ValueTask<string> SaveAsync(AnswerResult answer, CancellationToken cancellationToken = default);

    ValueTask<AnswerResult?> GetAsync(string id, CancellationToken cancellationToken = default);
}
