using ChatBot.Core.Commands;

namespace ChatBot.Core.Storage;

/// <summary>
/// Keeps private replies that offer "Share to channel", under a short id derived from the reply, so the button can
/// post exactly what its presser saw.
/// </summary>
public interface ISharedReplyStore
{
    ValueTask<string> SaveAsync(Reply reply, CancellationToken cancellationToken = default);

    ValueTask<Reply?> GetAsync(string id, CancellationToken cancellationToken = default);
}
