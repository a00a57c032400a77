using ChatBot.Core;
using ChatBot.Discord;
using ChatBot.Host.AdminConsole;
using ChatBot.Host.Hosting;
using ChatBot.Host.Hosting.Admin;
using ChatBot.Embeddings;
using ChatBot.Ingest;
using ChatBot.SemanticKernel;
using ChatBot.Slack;
using ChatBot.Storage.Redis;
using ChatBot.Storage.Redis.Coordination;

namespace ChatBot.Host.Composition;

/// <summary>`chatbot serve`: the ASP.NET Core host with health endpoints and the configured chat adapters.</summary>
internal static class WebHost
{
    /// <summary>Runs the host; a start-up error (configuration, corpus folder, port in use) is one line on standard error and exit code 1.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        try
        {
            await BuildAndRunAsync(args);
            return 0;
        }
        catch (Exception e) when (e is Microsoft.Extensions.Options.OptionsValidationException or IOException or InvalidOperationException { Source: "ChatBot" })
        {
            // IOException covers a missing corpus folder and an address already in use ("Failed to bind to address …").
            var message = e is Microsoft.Extensions.Options.OptionsValidationException options ? string.Join("; ", options.Failures) : e.Message;
            await Console.Error.WriteLineAsync($"error: {message.Split('\n')[0].Trim()}");
            return 1;
        }
    }

    private static async Task BuildAndRunAsync(string[] args)
    {
        var builder = ServeConfiguration.CreateBuilder(args, AppContext.BaseDirectory);
        builder.Services.AddChatBotCore();
        builder.Services.AddCoreMechanisms();
        builder.Services.AddStorage(builder.Configuration);
        builder.Services.AddSemanticKernelLlm(builder.Configuration);
        builder.Services.AddSentenceEncoder(builder.Configuration);
        IndexWarmup.AddTo(builder.Services);
        builder.Services.AddSingleton<FactCardCorpusCheck>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<FactCardCorpusCheck>());
        builder.Services.AddCorpusChat();
        builder.Services.AddSlackAdapter(builder.Configuration);
        builder.Services.AddDiscordAdapter(builder.Configuration);
        builder.Services.AddOperations(builder.Configuration);
        builder.Services.AddAdminEndpoint();
        builder.AddAdminConsole();
        if (!string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(RedisOptions.ConnectionStringName)))
        {
            // Last: it decorates the stores, the replay guards and the rate limits registered above.
            builder.Services.AddRedisSharedState();
            builder.Services.AddRedisCoordination(builder.Configuration);
        }

        var app = builder.Build();
        app.UseOperations();
        app.MapHealthEndpoints();
        app.MapSlackEndpoints();
        app.MapDiscordEndpoints();
        app.MapAdminConsole();
        await app.RunAsync();
    }
}
