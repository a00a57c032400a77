using ChatBot.Core.PendingArticles;

namespace ChatBot.UnitTests.PendingArticles;

public sealed class InMemoryPendingArticleStoreTests : PendingArticleStoreContract
{
    protected override IPendingArticleStore Store { get; } = new InMemoryPendingArticleStore();
}
