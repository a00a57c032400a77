using LiteDB;

namespace ChatBot.Storage.LiteDb;

/// <summary>
/// Makes a committed write reach the file before the store acknowledges it. LiteDB 5 hands a commit's pages to a
/// background writer and returns; a process killed in that moment loses writes it had already acknowledged (the
/// SIGKILL test lost an acknowledged fact card or vote in about one run in six to ten). A checkpoint waits for that
/// writer. Used for what the bot never deletes — fact cards, votes, the moderation log, quiz answers — not for the
/// answer cache, which can always be recomputed.
/// </summary>
internal static class DurableWrite
{
    public static void Persist(ILiteDatabase database) => database.Checkpoint();
}
