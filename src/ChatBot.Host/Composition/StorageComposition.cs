using ChatBot.Storage.LiteDb;
using ChatBot.Storage.Postgres;

namespace ChatBot.Host.Composition;

/// <summary>
/// The stores by <c>ChatBot:Storage:Provider</c>: LiteDB alone (the default, nothing to install), or PostgreSQL's
/// shared stores on top of it — the LiteDB file then keeps only this replica's own caches (answers, embeddings).
/// </summary>
internal static class StorageComposition
{
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddLiteDbStorage();
        if (StorageProviders.From(configuration) == StorageProvider.Postgres)
        {
            services.AddPostgresStorage();
        }

        return services;
    }
}
