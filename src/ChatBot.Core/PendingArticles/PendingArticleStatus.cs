namespace ChatBot.Core.PendingArticles;

public enum PendingArticleStatus
{
    /// <summary>Waiting for a moderator.</summary>
    Pending = 0,

    /// <summary>Written into the corpus.</summary>
    Approved = 1,

    /// <summary>Turned down; nothing was written.</summary>
    Rejected = 2,
}
