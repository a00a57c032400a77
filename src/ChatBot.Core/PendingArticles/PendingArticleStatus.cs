namespace ChatBot.Core.PendingArticles;

public enum PendingArticleStatus
{
    /// <summary>Waiting for a moderator.</summary>
    Pending = 0,

    /// <summary>Written into the corpus.</summary>
    Approved = 1,

    /// <summary>Turned down; nothing was written.</summary>
    Rejected = 2,

    /// <summary>
    /// A feed item that cannot become an article (no article text, already in the corpus): never offered, only
    /// remembered with its <see cref="PendingArticle.SkipReason"/> so it is not fetched again after a restart.
    /// </summary>
    Skipped = 3,
}
